// The catalog's module (libtrousse-catalog.so): the implementation behind CatalogModule, loaded
// by the host on first use (catalogapi/CatalogModule.hpp).
#include "catalog/Booklet.hpp"
#include "catalog/PracticeCatalog.hpp"
#include "catalog/PracticeSkeleton.hpp"
#include "catalogapi/CatalogModule.hpp"

#include <boost/dll/alias.hpp>

namespace trousse::catalog {
namespace {

class PracticeCatalogModule final : public CatalogModule {
 public:
  std::shared_ptr<const ReviewedCatalog> open(const CatalogOptions& options) const override {
    return std::make_shared<const PracticeCatalog>(options);
  }
  std::string booklet(const std::string& title, const std::vector<Practice>& practices,
                      const Catalog& catalog) const override {
    return bookletMarkdown(title, practices, catalog);
  }
  std::string skeleton(const std::string& id, const std::string& author,
                       const std::string& today) const override {
    return practiceSkeleton(id, author, today);
  }
};

std::shared_ptr<const CatalogModule> createModule() {
  return std::make_shared<const PracticeCatalogModule>();
}

}  // namespace
}  // namespace trousse::catalog

BOOST_DLL_ALIAS(trousse::catalog::createModule, trousse_catalog_module)
