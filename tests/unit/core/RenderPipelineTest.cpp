#include "common/Errors.hpp"
#include "core/PluginRegistry.hpp"
#include "core/RenderPipeline.hpp"

#include <Poco/JSON/Object.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace trousse {
namespace {

using ::testing::HasSubstr;

class RenderPipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    registry_.scan({std::filesystem::path(TROUSSE_BUILD_DIR) / "lib" / "trousse" / "plugins",
                    TROUSSE_TEST_PLUGIN_DIR});
  }
  std::filesystem::path templates() const {
    return std::filesystem::path(TROUSSE_BUILD_DIR) / "share" / "trousse" / "templates";
  }
  PluginRegistry registry_;
};

TEST_F(RenderPipelineTest, APluginFailureIsNamedAndTheHostKeepsWorking) {
  RenderPipeline pipeline(registry_, templates(), Establishment{});
  const KindEntry& convocation = pipeline.kind("letters/convocation");
  Poco::JSON::Object::Ptr example = pipeline.templateOf(convocation).schema.example();
  try {
    pipeline.render("fragile/panne", *example);
    FAIL() << "the throwing plugin should fail";
  } catch (const PluginError& error) {
    EXPECT_THAT(error.what(), HasSubstr("« fragile »"));
    EXPECT_THAT(error.what(), HasSubstr("« fragile/panne »"));
  }
  std::vector<Document> letters = pipeline.render("letters/convocation", *example);
  ASSERT_EQ(letters.size(), 2u);  // two adults, two addresses
  EXPECT_EQ(letters[0].layout, "letter");
  EXPECT_THAT(letters[0].markdown, HasSubstr("Aïcha"));
}

TEST_F(RenderPipelineTest, DataIsCheckedBeforeThePluginRuns) {
  RenderPipeline pipeline(registry_, templates(), Establishment{});
  Poco::JSON::Object empty;
  try {
    pipeline.render("fragile/panne", empty);  // would throw a PluginError if it ran
    FAIL() << "empty data should be refused";
  } catch (const DataError& error) {
    EXPECT_GE(error.problems().size(), 5u);
  }
}

TEST_F(RenderPipelineTest, UnknownKindAndMissingTemplate) {
  RenderPipeline pipeline(registry_, templates(), Establishment{});
  EXPECT_THROW(pipeline.kind("rien/du-tout"), UsageError);
  EXPECT_THROW(pipeline.templateOf(pipeline.kind("essai/absent")), TemplateError);
}

}  // namespace
}  // namespace trousse
