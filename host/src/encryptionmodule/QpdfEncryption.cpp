// The encryption module (libtrousse-encryption.so): AES-256 through libqpdf, loaded by the host
// only when a password is given (core/PdfEncryption), so that libqpdf and the TLS libraries it
// pulls in cost nothing to every other process.
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>

#include <boost/dll/alias.hpp>

#include <memory>
#include <string>

namespace trousse::encryption {

/// `pdf` encrypted with AES-256 (PDF 2.0 security handler, revision 6): opening it asks for
/// `password`; once opened, every use is allowed. False, with qpdf's reason in `error`, when qpdf
/// cannot read the PDF: no exception crosses the module's boundary.
bool encryptPdf(const std::string& pdf, const std::string& password, std::string& out,
                std::string& error) {
  try {
    // Both objects own what they allocate (RAII); the input buffer is only read during write().
    QPDF input;
    input.setSuppressWarnings(true);
    input.processMemoryFile("document", pdf.data(), pdf.size());
    QPDFWriter writer(input);
    writer.setOutputMemory();
    writer.setR6EncryptionParameters(password.c_str(), password.c_str(),
                                     /*allow_accessibility=*/true, /*allow_extract=*/true,
                                     /*allow_assemble=*/true, /*allow_annotate_and_form=*/true,
                                     /*allow_form_filling=*/true, /*allow_modify_other=*/true,
                                     qpdf_r3p_full, /*encrypt_metadata_aes=*/true);
    writer.write();
    const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
    out.assign(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
    return true;
  } catch (const std::exception& e) {
    error = e.what();
    return false;
  }
}

}  // namespace trousse::encryption

BOOST_DLL_ALIAS(trousse::encryption::encryptPdf, trousse_encrypt_pdf)
