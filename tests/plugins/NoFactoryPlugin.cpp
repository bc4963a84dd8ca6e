// A shared library that exports no plugin factory.
extern "C" __attribute__((visibility("default"))) int trousse_something_else() { return 1; }
