// `beian-assist doctor`: every manifest location, the Firefox libdir,
// blocking policies, and a real hello through each manifest; each problem
// with the exact command that fixes it.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "install/browsers.hpp"
#include "install/environment.hpp"

namespace beian::install {

enum class Status { Ok, Info, Warning, Problem };

struct Check {
    Status status = Status::Info;
    std::string code;  // stable: MANIFEST_OK, HELLO_FAILED, … (see INSTALL.md)
    std::optional<BrowserId> browser;
    std::string path;  // the file concerned, "" when none
    std::string zh;
    std::string en;
    std::string fix;  // the command that fixes it, "" when none
};

struct DoctorOptions {
    std::chrono::milliseconds hello_timeout{5000};
    std::filesystem::path data_dir;  // named when the host cannot start
};

struct DoctorReport {
    std::filesystem::path binary;
    std::vector<Check> checks;

    std::size_t count(Status status) const;
    bool ok() const { return count(Status::Problem) == 0; }
};

DoctorReport run_doctor(const Environment& env, const std::filesystem::path& self,
                        const DoctorOptions& options);

std::string_view status_name(Status status);  // "ok", "info", "warning", "problem"

}  // namespace beian::install
