// The absolute, canonical path of the running beian-assist: what a manifest's
// "path" must name (browsers refuse relative paths on Linux and macOS).
#pragma once

#include <filesystem>

namespace beian::install {

// /proc/self/exe on Linux, _NSGetExecutablePath on macOS,
// GetModuleFileNameW on Windows; symlinks resolved. Throws
// std::runtime_error when the path cannot be found.
std::filesystem::path self_executable();

}  // namespace beian::install
