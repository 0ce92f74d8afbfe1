// Carries out a Plan on the file system: atomic writes, missing directories
// created 0755, and on removal the directories install created pruned when
// they end up empty.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "install/install_plan.hpp"

namespace beian::install {

struct ApplyFailure {
    std::filesystem::path path;
    std::string message;
};

// Applies every item that changes something; an item that fails does not
// stop the others. Returns the failures.
std::vector<ApplyFailure> apply_plan(const Plan& plan);

}  // namespace beian::install
