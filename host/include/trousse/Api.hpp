#pragma once

namespace trousse {

/// Version of the plugin interface. A plugin built against another value is refused:
/// bump it whenever Plugin, Document, RenderContext or Catalog change in a way that breaks
/// binaries.
inline constexpr int kApiVersion = 3;  // 2: Document::resourceDir; 3: RenderContext, Catalog, SchoolCalendar

}  // namespace trousse
