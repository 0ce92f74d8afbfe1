#include <pthread.h>
#include <algorithm>
#include <array>
#include <cctype>
#include <csignal>
#include <ostream>
#include <thread>

#include "build_config.hpp"
#include "cli/command.hpp"
#include "host/exit_codes.hpp"
#include "portal/profile.hpp"
#include "rehearsal/rehearsal_server.hpp"
#include "rehearsal/rehearse_command.hpp"
#include "schema/schema_validator.hpp"
#include "storage/data_dir.hpp"

namespace beian::cli {
namespace {

constexpr std::array<std::string_view, 4> kVariants{"element-ui", "element-plus", "plain",
                                                    "ant-design-vue"};

// A layout seed goes into the page URL as it is: letters, digits, '-' and '_'.
bool is_layout_seed(const std::string& seed) {
    return !seed.empty() && seed.size() <= 64 &&
           std::all_of(seed.begin(), seed.end(),
                       [](unsigned char c) { return std::isalnum(c) || c == '-' || c == '_'; });
}

std::filesystem::path default_assets() {
    // The build tree's copy when run from a checkout, else the installed one.
    const std::filesystem::path built = build::kRehearsalAssetsDir;
    if (std::filesystem::exists(built / "index.html")) return built;
    return std::filesystem::path(build::kInstallDataDir) / "rehearsal-portal";
}

}  // namespace

int serve_rehearsal(const std::vector<std::string>& args, CommandIo& io) {
    const auto parsed = parse_arguments(args, {"--port", "--variant", "--assets", "--layout"});
    const auto variant = parsed.option("--variant").value_or("element-ui");
    const auto layout = parsed.option("--layout");
    if (parsed.error || !parsed.positional.empty() ||
        std::find(kVariants.begin(), kVariants.end(), variant) == kVariants.end() ||
        (layout && !is_layout_seed(*layout))) {
        io.err << "Usage: beian-assist rehearse [--port N] "
                  "[--variant element-ui|element-plus|plain|ant-design-vue] [--layout SEED] "
                  "[--assets DIR]\n"
                  "  SEED: 1-64 letters, digits, '-' or '_' (the same seed gives the same "
                  "layout)\n";
        return exit_code::kUnusable;
    }
    rehearsal::RehearsalOptions options;
    options.port = std::stoi(parsed.option("--port").value_or("0"));
    options.assets = parsed.option("--assets") ? std::filesystem::path(*parsed.option("--assets"))
                                               : default_assets();
    if (!std::filesystem::exists(options.assets / "index.html")) {
        io.err << "beian-assist: the rehearsal pages are not built (" << options.assets.string()
               << "); run scripts/build.sh\n";
        return exit_code::kUnusable;
    }
    options.profile = portal::Profile::load(storage::default_data_dir()).document();
    options.company_name = schema::embedded_json("schemas/examples/sample-dossier.json")
                               .value("/entity/basic/name"_json_pointer, std::string());
    // Signals are taken by a waiting thread, so the server stops cleanly.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    rehearsal::RehearsalServer server(std::move(options));
    const int port = server.bind();
    if (port < 0) {
        io.err << "beian-assist: cannot listen on 127.0.0.1"
               << "\n";
        return exit_code::kUnusable;
    }
    io.out
        << "演练门户（非官方 CAC 系统）/ rehearsal portal (practice replica, not the CAC portal):\n"
        << "  http://127.0.0.1:" << port << "/" << variant << "/"
        << (layout ? "?layout=" + *layout : std::string()) << "#/index\n"
        << "  all variants: http://127.0.0.1:" << port << "/\n"
        << "Press Ctrl+C to stop." << std::endl;
    std::thread waiter([&] {
        int received = 0;
        sigwait(&signals, &received);
        server.stop();
    });
    server.serve();
    // serve() also returns when the server fails; release the waiter then.
    pthread_kill(waiter.native_handle(), SIGTERM);
    waiter.join();
    return exit_code::kOk;
}

}  // namespace beian::cli
