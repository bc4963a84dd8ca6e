#include "pdf/PdfWriter.hpp"

namespace trousse {

FontSet FontSet::inFolder(const std::filesystem::path& dir) {
  return FontSet{dir / "DejaVuSans.ttf",
                 dir / "DejaVuSans-Bold.ttf",
                 dir / "DejaVuSans-Oblique.ttf",
                 dir / "DejaVuSans-BoldOblique.ttf",
                 dir / "DejaVuSansMono.ttf",
                 {FallbackFont{dir / "fallback" / "DejaVuSans.ttf"},
                  FallbackFont{dir / "fallback" / "WenQuanYiMicroHei.ttf"}}};
}

}  // namespace trousse
