// The one translation unit that compiles Boost.JSON's implementation for the whole binary.
#include <boost/json/src.hpp>
