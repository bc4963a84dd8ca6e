#include "catalogapi/CatalogModule.hpp"

#include "common/Errors.hpp"

#include <boost/dll/shared_library.hpp>

namespace trousse::catalog {
namespace {

using Library = std::shared_ptr<boost::dll::shared_library>;

/// The module as loaded: every object it hands out holds the library, which is unloaded only
/// once the last of them is gone.
class LoadedModule final : public CatalogModule {
 public:
  LoadedModule(Library library, std::shared_ptr<const CatalogModule> inner)
      : library_(std::move(library)), inner_(std::move(inner)) {}

  std::shared_ptr<const ReviewedCatalog> open(const CatalogOptions& options) const override {
    // Destroyed in reverse order: the catalog (module code) before the library.
    auto holder = std::make_shared<std::pair<Library, std::shared_ptr<const ReviewedCatalog>>>(
        library_, inner_->open(options));
    return std::shared_ptr<const ReviewedCatalog>(holder, holder->second.get());
  }
  std::string booklet(const std::string& title, const std::vector<Practice>& practices,
                      const Catalog& catalog) const override {
    return inner_->booklet(title, practices, catalog);
  }
  std::string skeleton(const std::string& id, const std::string& author,
                       const std::string& today) const override {
    return inner_->skeleton(id, author, today);
  }

 private:
  Library library_;  // declared first: destroyed last
  std::shared_ptr<const CatalogModule> inner_;
};

}  // namespace

std::shared_ptr<const CatalogModule> loadCatalogModule(const std::filesystem::path& file) {
  auto library = std::make_shared<boost::dll::shared_library>();
  boost::dll::fs::error_code error;
  library->load(file.string(), boost::dll::load_mode::rtld_lazy | boost::dll::load_mode::rtld_local,
                error);
  if (error || !library->has(BOOST_PP_STRINGIZE(TROUSSE_CATALOG_MODULE_FACTORY))) {
    throw CatalogError("module du catalogue de pratiques introuvable ou illisible : " +
                       file.string() + (error ? " (" + error.message() + ")" : ""));
  }
  auto inner = library->get_alias<CatalogModuleFactory>(
      BOOST_PP_STRINGIZE(TROUSSE_CATALOG_MODULE_FACTORY))();
  return std::make_shared<const LoadedModule>(std::move(library), std::move(inner));
}

}  // namespace trousse::catalog
