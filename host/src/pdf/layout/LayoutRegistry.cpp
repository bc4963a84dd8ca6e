#include "pdf/layout/LayoutRegistry.hpp"

#include "pdf/layout/CertificateLayout.hpp"
#include "pdf/layout/DocumentLayout.hpp"
#include "pdf/layout/LetterLayout.hpp"
#include "pdf/layout/SlidesLayout.hpp"

namespace trousse::pdf {

const LayoutRegistry& LayoutRegistry::builtin() {
  static const LayoutRegistry registry({{"letter", &layOutLetter},
                                        {"document", &layOutDocument},
                                        {"handout", &layOutHandout},
                                        {"certificate", &layOutCertificate},
                                        {"slides", &layOutSlides}});
  return registry;
}

const LayoutRegistry::Layout* LayoutRegistry::find(std::string_view name) const {
  if (name.empty()) name = "document";
  for (const Layout& layout : layouts_) {
    if (layout.name == name) return &layout;
  }
  return nullptr;
}

std::string LayoutRegistry::namesForMessage() const {
  std::string out;
  for (std::size_t i = 0; i < layouts_.size(); ++i) {
    if (i > 0) out += i + 1 == layouts_.size() ? " ou " : ", ";
    out += layouts_[i].name;
  }
  return out;
}

}  // namespace trousse::pdf
