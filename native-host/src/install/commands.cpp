#include "install/commands.hpp"

namespace beian::install {

std::string shell_quote(std::string_view text) {
    if (!text.empty() &&
        text.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                               "0123456789-_./:=,@+%") == std::string_view::npos)
        return std::string(text);
    std::string out = "'";
    for (const char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

std::string install_command(const std::filesystem::path& exe, Scope scope,
                            std::string_view browsers) {
    return std::string(scope == Scope::System ? "sudo " : "") + shell_quote(exe.string()) +
           " install --" + std::string(scope_name(scope)) + " --browser " + std::string(browsers);
}

std::string install_command(const std::filesystem::path& exe, Scope scope, BrowserId browser) {
    return install_command(exe, scope, browser_info(browser).key);
}

}  // namespace beian::install
