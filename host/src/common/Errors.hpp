#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace trousse {

/// What went wrong, as the CLI reports it through its exit code (documented in docs/).
enum class ErrorKind {
  Usage = 64,     ///< bad command line
  Data = 65,      ///< the user's data does not fit the kind's schema, or is malformed
  Template = 66,  ///< a template or its front matter is wrong
  Plugin = 67,    ///< a plugin failed or is missing
  Catalog = 69,   ///< the catalog of practices cannot be found or read
  Io = 74,        ///< a file could not be read or written
};

/// A failure with a message in French for the user. Messages name the file, line or field.
class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
  ErrorKind kind() const { return kind_; }

 private:
  ErrorKind kind_;
};

struct UsageError : Error {
  explicit UsageError(const std::string& message) : Error(ErrorKind::Usage, message) {}
};
struct TemplateError : Error {
  explicit TemplateError(const std::string& message) : Error(ErrorKind::Template, message) {}
};
struct PluginError : Error {
  explicit PluginError(const std::string& message) : Error(ErrorKind::Plugin, message) {}
};
struct CatalogError : Error {
  explicit CatalogError(const std::string& message) : Error(ErrorKind::Catalog, message) {}
};
struct IoError : Error {
  explicit IoError(const std::string& message) : Error(ErrorKind::Io, message) {}
};

/// Invalid data: carries every problem found, so the user can fix them all at once.
class DataError : public Error {
 public:
  DataError(const std::string& summary, std::vector<std::string> problems)
      : Error(ErrorKind::Data, summary), problems_(std::move(problems)) {}
  const std::vector<std::string>& problems() const { return problems_; }

 private:
  std::vector<std::string> problems_;
};

}  // namespace trousse
