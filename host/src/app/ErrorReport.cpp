#include "app/ErrorReport.hpp"

#include "common/Errors.hpp"

#include <Poco/Exception.h>
#include <Poco/Util/OptionException.h>

#include <iostream>

namespace trousse {

namespace {
constexpr int kInternalError = 70;
}

int reportCurrentException() {
  try {
    throw;
  } catch (const DataError& error) {
    std::cerr << "trousse : erreur : " << error.what() << "\n";
    for (const std::string& problem : error.problems()) std::cerr << "  - " << problem << "\n";
    return static_cast<int>(error.kind());
  } catch (const Error& error) {
    std::cerr << "trousse : erreur : " << error.what() << "\n";
    return static_cast<int>(error.kind());
  } catch (const Poco::Util::OptionException& error) {
    std::cerr << "trousse : erreur : option incorrecte : " << error.message()
              << " (trousse --help)\n";
    return static_cast<int>(ErrorKind::Usage);
  } catch (const Poco::Exception& error) {
    std::cerr << "trousse : erreur interne : " << error.displayText() << "\n";
  } catch (const std::exception& error) {
    std::cerr << "trousse : erreur interne : " << error.what() << "\n";
  } catch (...) {
    std::cerr << "trousse : erreur interne inconnue\n";
  }
  return kInternalError;
}

void throwDataProblems(const std::string& kind, const std::vector<Problem>& problems) {
  std::vector<std::string> lines;
  for (const Problem& problem : problems) {
    lines.push_back(problem.field.empty() ? problem.message
                                          : problem.field + " : " + problem.message);
  }
  throw DataError("données invalides pour « " + kind + " » (" + std::to_string(problems.size()) +
                      " problème" + (problems.size() > 1 ? "s" : "") + ")",
                  std::move(lines));
}

}  // namespace trousse
