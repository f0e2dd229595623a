// The target holds only the declaration in include/CFuzzDriver.h; libFuzzer defines the function.
#include "CFuzzDriver.h"
