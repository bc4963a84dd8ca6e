#include "core/PluginRegistry.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace trousse {
namespace {

using ::testing::HasSubstr;

std::filesystem::path buildPlugins() {
  return std::filesystem::path(TROUSSE_BUILD_DIR) / "lib" / "trousse" / "plugins";
}

const PluginRecord* recordOf(const PluginRegistry& registry, const std::string& fileName) {
  for (const PluginRecord& record : registry.records()) {
    if (record.file.filename() == fileName) return &record;
  }
  return nullptr;
}

TEST(PluginRegistry, LoadsGoodPluginsAndRefusesEachBadOneWithItsReason) {
  PluginRegistry registry;
  registry.scan({buildPlugins(), TROUSSE_TEST_PLUGIN_DIR, "/dossier/qui/n/existe/pas"});

  const PluginRecord* letters = recordOf(registry, "libtrousse-letters.so");
  ASSERT_NE(letters, nullptr);
  EXPECT_TRUE(letters->loaded);
  EXPECT_EQ(letters->id, "letters");
  EXPECT_THAT(letters->kinds, ::testing::Contains("letters/convocation"));

  struct Expected {
    std::string file;
    std::string reason;
  };
  for (const Expected& expected : std::vector<Expected>{
           {"libtrousse-test_not_a_library.so", "pas une bibliothèque partagée"},
           {"libtrousse-test_no_factory.so", "pas de fabrique"},
           {"libtrousse-test_wrong_api.so", "version 0 de l'interface"},
           {"libtrousse-test_throwing_factory.so", "configuration du greffon absente"},
           {"libtrousse-test_duplicate_kind.so", "« letters/convocation » est déjà fourni"}}) {
    const PluginRecord* record = recordOf(registry, expected.file);
    ASSERT_NE(record, nullptr) << expected.file;
    EXPECT_FALSE(record->loaded) << expected.file;
    EXPECT_THAT(record->refusal, HasSubstr(expected.reason)) << expected.file;
  }
  EXPECT_NE(registry.findKind("essai/note"), nullptr);
  EXPECT_NE(registry.findKind("fragile/panne"), nullptr);
  EXPECT_EQ(registry.findKind("letters/inconnu"), nullptr);
  // The duplicate did not replace the original.
  EXPECT_EQ(registry.findKind("letters/convocation")->plugin->version(), "1.0.0");
}

TEST(PluginRegistry, APluginKeepsItsLibraryLoadedAfterTheRegistryIsGone) {
  std::shared_ptr<const Plugin> plugin;
  {
    PluginRegistry registry;
    registry.scan({buildPlugins()});
    const KindEntry* kind = registry.findKind("letters/convocation");
    ASSERT_NE(kind, nullptr);
    plugin = kind->plugin;
  }
  // Calling into the plugin runs code from its library: it must still be mapped.
  EXPECT_EQ(plugin->id(), "letters");
  EXPECT_EQ(plugin->kinds().size(), 7u);  // convocation and the six letters of issue #4
}

TEST(PluginRegistry, ScanningTheSameFolderTwiceLoadsEachPluginOnce) {
  PluginRegistry once;
  once.scan({buildPlugins()});
  PluginRegistry twice;
  twice.scan({buildPlugins(), buildPlugins()});
  ASSERT_GE(once.records().size(), 1u);
  EXPECT_EQ(twice.records().size(), once.records().size());
}

}  // namespace
}  // namespace trousse
