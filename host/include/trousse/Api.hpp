#pragma once

namespace trousse {

/// Version of the plugin interface. A plugin built against another value is refused:
/// bump it whenever Plugin, Document or TemplateService change in a way that breaks binaries.
inline constexpr int kApiVersion = 2;  // 2: Document::resourceDir

}  // namespace trousse
