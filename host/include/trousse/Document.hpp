#pragma once

#include <string>
#include <vector>

namespace trousse {

/// The establishment that sends every document: set once in the configuration.
struct Establishment {
  std::string name;
  std::vector<std::string> addressLines;
  std::string phone;
  std::string email;
  std::string city;
  std::string signatoryName;
  std::string signatoryTitle;
  std::string logoPath;        ///< absolute path, or empty
  std::string signatureImage;  ///< the signatory's scanned signature: absolute path, or empty
  std::string stampImage;      ///< the establishment's stamp: absolute path, or empty
  std::string qrAddress;       ///< the school's web page (ENT), printed as a QR code when asked
  std::string zone;            ///< school holiday zone: "A", "B" or "C" as configured, or empty

  bool empty() const { return name.empty() && addressLines.empty() && city.empty(); }
};

/// The parts of a French administrative letter that stand outside its body.
struct LetterParts {
  std::vector<std::string> recipient;  ///< address block lines, plain text
  std::string placeAndDate;            ///< "Montreuil, le 22 novembre 2026"
  std::string subject;                 ///< printed after "Objet :"
  std::string reference;               ///< "Réf. : …", optional
  std::string followedBy;              ///< "Affaire suivie par : …", optional
  std::string signatoryName;           ///< defaults to the establishment's signatory
  std::string signatoryTitle;
  /// Whom the letter is about ("Aïcha N'DIAYE-LEFÈVRE, 4e B"): repeated, with the recipient,
  /// at the top of every page after the first.
  std::string about;
  /// Printed at the top of every page, the first included ("Confidentiel – PAR A. N.").
  std::string marking;
  bool registeredMail = false;          ///< "Lettre recommandée avec accusé de réception"
  std::vector<std::string> enclosures;  ///< "P.J. :" lines, after the signature
  std::vector<std::string> copies;      ///< "Copie :" lines ("dossier de l'élève")
  /// A tear-off reply slip below a dashed cut line, as Markdown (already expanded and safe);
  /// empty: none.
  std::string replySlip;
  /// An address printed as a QR code beside the signature, with its caption; empty: none.
  std::string qrAddress;
  std::string qrCaption;
  /// The label before the subject; empty: "Objet :". A translation's is in its language.
  std::string subjectLabel;
  /// A translation's heading ("Translation — only the French version is authoritative"), in
  /// its language: printed at the head of its first page, where a letter has its recipient
  /// (a translation is never posted on its own). Empty in the letter that counts.
  std::string translationNotice;
};

/// One document ready for a writer: its Markdown body is already expanded and safe,
/// every value from user data having been escaped.
struct Document {
  /// "letter", "document", "handout", "certificate" or "slides"
  std::string layout = "document";
  std::string title;  ///< PDF metadata title, and title block of documents
  std::string author;
  std::string markdown;
  LetterParts letter;  ///< used by the letter layout only
  Establishment establishment;
  std::string resourceDir;  ///< folder that relative image paths are resolved against
  /// The file's name when the documents of a kit are written one per file ("programme");
  /// empty: made from the title. The host makes it safe and unique.
  std::string fileName;
  /// ISO 639-1 code of a translation ("en", "ar"…); empty for the French document.
  std::string language;
  /// Translations that follow this document, each from a new page, in the same file: the
  /// family's letter in its language after the French one, which alone counts.
  std::vector<Document> translations;
};

}  // namespace trousse
