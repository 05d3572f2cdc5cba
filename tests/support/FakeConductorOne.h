#pragma once
// The tests' ConductorOne is the product's simulated one (core/c1sim), under the name the tests
// have always used.

#include "c1sim/SimConductorOne.h"

namespace dbx {
namespace test {

namespace batonv1 = ::c1::connectorapi::baton::v1;
using FakeConductorOne = c1sim::SimConductorOne;

} // namespace test
} // namespace dbx
