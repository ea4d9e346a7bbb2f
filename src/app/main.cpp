// Entry point of the tepat binary: hands the command line to the CLI (src/app/cli.cpp).
#include "app/cli.hpp"

int main(int argc, char** argv) { return tepat::app::RunCli(argc, argv); }
