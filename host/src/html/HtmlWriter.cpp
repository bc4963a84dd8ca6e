#include "html/HtmlWriter.hpp"

#include "markdown/DocumentLimits.hpp"
#include "markdown/MarkdownPreparation.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <memory>

namespace trousse {
namespace {

std::string escapeHtml(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string lines(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += "<br>\n";
    out += escapeHtml(item);
  }
  return out;
}

std::string bodyHtml(const std::string& markdown) {
  const MarkdownTree tree = prepareMarkdown(markdown);
  // Without CMARK_OPT_UNSAFE cmark-gfm replaces raw HTML with a comment: nothing passes through.
  std::unique_ptr<char, decltype(&free)> html(
      cmark_render_html(tree.root(), CMARK_OPT_DEFAULT, nullptr), &free);
  return html ? std::string(html.get()) : std::string();
}

void writeLetterHead(const Document& doc, std::string& out) {
  const Establishment& from = doc.establishment;
  const LetterParts& letter = doc.letter;
  if (!letter.translationNotice.empty()) {
    out += "<p class=\"traduction\"><strong>" + escapeHtml(letter.translationNotice) +
           "</strong></p>\n";
  }
  out += "<header class=\"expediteur\">\n";
  if (!from.name.empty()) out += "<strong>" + escapeHtml(from.name) + "</strong><br>\n";
  out += lines(from.addressLines);
  if (!from.phone.empty()) out += "<br>\nTél. : " + escapeHtml(from.phone);
  if (!from.email.empty()) out += "<br>\n" + escapeHtml(from.email);
  if (!letter.followedBy.empty())
    out += "<br>\nAffaire suivie par : " + escapeHtml(letter.followedBy);
  if (!letter.reference.empty()) out += "<br>\nRéf. : " + escapeHtml(letter.reference);
  out += "\n</header>\n<address class=\"destinataire\">\n" + lines(letter.recipient) +
         "\n</address>\n";
  if (!letter.placeAndDate.empty())
    out += "<p class=\"lieu-date\">" + escapeHtml(letter.placeAndDate) + "</p>\n";
  if (letter.registeredMail) {
    out +=
        "<p class=\"recommande\"><strong>Lettre recommandée avec accusé de réception</strong>"
        "</p>\n";
  }
  if (!letter.subject.empty())
    out += "<p class=\"objet\"><strong>" +
           escapeHtml(letter.subjectLabel.empty() ? "Objet :" : letter.subjectLabel) +
           "</strong> " + escapeHtml(letter.subject) + "</p>\n";
}

void writeSignature(const Document& doc, std::string& out) {
  const std::string& title = doc.letter.signatoryTitle.empty() ? doc.establishment.signatoryTitle
                                                               : doc.letter.signatoryTitle;
  const std::string& name =
      doc.letter.signatoryName.empty() ? doc.establishment.signatoryName : doc.letter.signatoryName;
  out += "<p class=\"signataire\">" + escapeHtml(title) + "<br>\n" + escapeHtml(name) + "</p>\n";
}

/// What follows the signatory in the PDF: the QR code's caption and address (as text), the
/// enclosures and copies, then the reply slip below a cut line.
void writeLetterEnd(const Document& doc, std::string& out) {
  const LetterParts& letter = doc.letter;
  if (!letter.qrAddress.empty()) {
    out += "<p class=\"qr\">";
    if (!letter.qrCaption.empty()) out += escapeHtml(letter.qrCaption) + "<br>\n";
    out += escapeHtml(letter.qrAddress) + "</p>\n";
  }
  auto labelled = [&](const char* label, const std::vector<std::string>& items) {
    if (items.empty()) return;
    out += std::string("<p class=\"mentions\">") + label + " " + lines(items) + "</p>\n";
  };
  labelled("P.J. :", letter.enclosures);
  labelled("Copie :", letter.copies);
  if (!letter.replySlip.empty()) {
    out += "<section class=\"coupon\">\n<p class=\"decoupe\">\u2702</p>\n" +
           bodyHtml(letter.replySlip) + "</section>\n";
  }
}

constexpr const char* kStyle =
    R"(body{font-family:"DejaVu Sans",sans-serif;max-width:50em;margin:2em auto;line-height:1.4}
article{border-bottom:1px solid #999;padding-bottom:2em;margin-bottom:2em}
.destinataire{font-style:normal;margin-left:55%;margin-top:2em}
.lieu-date,.signataire{text-align:right}
table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2em .5em}
blockquote{border-left:3px solid #999;margin-left:0;padding-left:1em}
.mentions{font-size:.85em}.coupon{border-top:1px dashed #666;margin-top:2em;font-size:.9em}
.decoupe{margin:-.8em 0 0;line-height:1})";

}  // namespace

std::string HtmlWriter::write(const std::vector<Document>& documents) const {
  std::string title = documents.empty() ? std::string() : documents.front().title;
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
      escapeHtml(title) + "</title>\n<style>\n" + kStyle + "\n</style>\n</head>\n<body>\n";
  for (const Document& doc : documents) {
    checkTextSizes(doc);  // the limits the PDF writer applies, before any work
    const bool letter = doc.layout == "letter";
    // A translation says its language, and Arabic its direction: the browser shapes it.
    const std::string lang = doc.language.empty()
                                 ? std::string()
                                 : " lang=\"" + escapeHtml(doc.language) + "\"" +
                                       (doc.language == "ar" ? " dir=\"rtl\"" : "");
    out += "<article class=\"" + escapeHtml(doc.layout) + "\"" + lang + ">\n";
    if (letter) {
      writeLetterHead(doc, out);
    } else if (!doc.title.empty()) {
      out += "<h1 class=\"titre\">" + escapeHtml(doc.title) + "</h1>\n";
    }
    out += bodyHtml(doc.markdown);
    if (letter) {
      writeSignature(doc, out);
      writeLetterEnd(doc, out);
    }
    out += "</article>\n";
  }
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace trousse
