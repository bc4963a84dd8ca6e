#pragma once

namespace trousse {

/// Version of the plugin interface. A plugin built against another value is refused:
/// bump it whenever Plugin, Document, RenderContext or Catalog change in a way that breaks
/// binaries.
// 2: Document::resourceDir; 3: RenderContext, Catalog, SchoolCalendar; 4: letter parts
// (about, marking, registered mail, enclosures, copies, reply slip, QR code) and the
// establishment's signature, stamp and web page; 5: translations (Document::translations,
// Document::language, LetterParts::subjectLabel and translationNotice; Plugin::check).
inline constexpr int kApiVersion = 5;

}  // namespace trousse
