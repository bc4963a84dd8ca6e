#pragma once
// What the letter tests share: a letter kind's example data to change, and its rendering
// through the CLI into out.pdf, read back with pdftotext.

#include "CliFixture.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <sstream>

namespace trousse::test {

class CliLetterTest : public CliTest {
 protected:
  /// The example data of letters/<kind>, as `trousse fields --example` prints it.
  Poco::JSON::Object::Ptr letterExample(const std::string& kind) {
    return Poco::JSON::Parser()
        .parse(exampleData("letters/" + kind))
        .extract<Poco::JSON::Object::Ptr>();
  }
  /// The same with its first responsable only: one letter, one address.
  Poco::JSON::Object::Ptr oneLetterExample(const std::string& kind) {
    Poco::JSON::Object::Ptr data = letterExample(kind);
    Poco::JSON::Array::Ptr first = new Poco::JSON::Array;
    first->add(data->getArray("responsables")->get(0));
    data->set("responsables", first);
    return data;
  }
  /// Renders `data` as letters/<kind> into out.pdf (removed first), with `configuration` (the
  /// example establishment when empty) and `extra` arguments. The PDF's text, spaces squeezed,
  /// is in text_; its pages, as pdftotext gives them, in pages_; both empty when none is written.
  ProcessResult renderLetter(const std::string& kind, const Poco::JSON::Object::Ptr& data,
                             const std::vector<std::string>& extra = {},
                             const std::string& configuration = {}) {
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(data, out);
    writeFile(path("data.json"), out.str());
    std::filesystem::remove(path("out.pdf"));
    std::vector<std::string> args{
        "render", "letters/" + kind, "--config", configuration.empty() ? config() : configuration,
        "--data", "data.json",       "--out",    "out.pdf"};
    args.insert(args.end(), extra.begin(), extra.end());
    ProcessResult result = trousse(args);
    const bool written = std::filesystem::exists(path("out.pdf"));
    const std::string text = written ? pdfText(path("out.pdf")) : std::string();
    text_ = squeezeSpaces(text);
    pages_ = written ? pagesOf(text) : std::vector<std::string>();
    return result;
  }

  std::string text_;
  std::vector<std::string> pages_;
};

}  // namespace trousse::test
