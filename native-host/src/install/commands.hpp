// The exact commands install and doctor tell a person to run, quoted for a
// POSIX shell so they can be pasted as printed.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "install/browsers.hpp"
#include "install/environment.hpp"

namespace beian::install {

std::string shell_quote(std::string_view text);

// "<exe> install --user --browser chrome", with "sudo " for the system scope.
std::string install_command(const std::filesystem::path& exe, Scope scope,
                            std::string_view browsers);
std::string install_command(const std::filesystem::path& exe, Scope scope, BrowserId browser);

}  // namespace beian::install
