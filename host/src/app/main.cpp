#include "app/ErrorReport.hpp"
#include "app/TrousseApp.hpp"

int main(int argc, char** argv) {
  Poco::AutoPtr<trousse::TrousseApp> app = new trousse::TrousseApp;
  try {
    app->init(argc, argv);
    return app->run();
  } catch (...) {
    return trousse::reportCurrentException();
  }
}
