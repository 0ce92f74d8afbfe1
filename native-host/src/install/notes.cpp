#include "install/notes.hpp"

#include "install/commands.hpp"

namespace beian::install {
namespace {

struct SnapNote {
    BrowserId browser;
    const char* zh;
    const char* en;
};

// Firefox's snap starts native hosts through the WebExtensions portal
// (Ubuntu 22.04 and later) and reads the ordinary ~/.mozilla manifest; the
// Chromium-family snaps' strict confinement cannot start a host outside the
// snap at all.
const SnapNote kSnapNotes[] = {
    {BrowserId::Firefox,
     "Snap 版 Firefox 通过 xdg-desktop-portal 启动 beian-assist，读取 ~/.mozilla 下的清单；"
     "第一次连接时请在弹出的对话框中允许",
     "Firefox from Snap starts beian-assist through the xdg-desktop-portal and reads the "
     "~/.mozilla manifest; allow it in the dialog on the first connection"},
    {BrowserId::Chromium,
     "Snap 版 Chromium 的沙盒不允许启动外部程序：请改用 Debian 软件包的 Chromium 或 Google Chrome",
     "The Chromium snap's confinement cannot start outside programs: use Chromium from a "
     "Debian package or Google Chrome"},
    {BrowserId::Brave, "Snap 版 Brave 的沙盒不允许启动外部程序：请改用 brave.com 的 .deb 软件包",
     "The Brave snap's confinement cannot start outside programs: use the .deb from brave.com"},
};

}  // namespace

std::vector<Note> flatpak_notes(const ManifestLocation& location,
                                const std::filesystem::path& data_dir) {
    const auto copy = location.binary_copy();
    return {
        {"Flatpak 版浏览器只能在沙盒里启动程序：beian-assist 已复制到 " + copy.string() +
             "（沙盒内路径相同）；升级 beian-assist 后请重新运行 install",
         "A Flatpak browser starts hosts inside its sandbox: beian-assist is copied to " +
             copy.string() + " (the same path inside); run install again after an upgrade",
         ""},
        {"沙盒内的程序使用沙盒自己的数据目录；要与命令行共用档案，运行：",
         "Inside the sandbox the host has its own data directory; to share dossiers with the "
         "command line, run:",
         "flatpak override --user --filesystem=" + shell_quote(data_dir.string()) +
             ":create --env=BEIAN_ASSIST_HOME=" + shell_quote(data_dir.string()) + " " +
             location.flatpak_app},
    };
}

Note snap_note(BrowserId id) {
    for (const auto& note : kSnapNotes)
        if (note.browser == id) return {note.zh, note.en, ""};
    return {"Snap 版浏览器可能无法启动外部程序",
            "A Snap browser may be unable to start outside programs", ""};
}

}  // namespace beian::install
