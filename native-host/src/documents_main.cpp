// beian-assist-documents: the .docx drafts and the materials checklist, an
// executable of its own so that the host browsers start links no compression
// library (libzip brings zlib, bzip2, lzma and zstd). Started by
// `beian-assist docs` / `beian-assist checklist` (exec, same arguments), and
// by the native host once per documents.draft or materials.checklist request
// (`--request`: the request on stdin, the reply on stdout).
#include <unistd.h>

#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "cli/command.hpp"
#include "documents/requests.hpp"
#include "host/exit_codes.hpp"
#include "util/json_text.hpp"

namespace {

int answer_one() {
    const std::string text(std::istreambuf_iterator<char>(std::cin), {});
    auto parsed = beian::parse_json_text(text);
    if (!parsed.ok()) {
        std::cerr << "beian-assist-documents: the request is not JSON" << std::endl;
        return beian::exit_code::kUnusable;
    }
    std::cout << beian::documents::answer_request(parsed.value)
                     .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
              << std::flush;
    return beian::exit_code::kOk;
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (args.size() == 1 && args[0] == "--request") return answer_one();
    beian::cli::CommandIo io{std::cout, std::cerr, STDOUT_FILENO};
    const std::vector<std::string> rest(args.empty() ? args.end() : args.begin() + 1, args.end());
    try {
        if (!args.empty() && args[0] == "docs") return beian::cli::cmd_docs(rest, io);
        if (!args.empty() && args[0] == "checklist") return beian::cli::cmd_checklist(rest, io);
    } catch (const std::exception& e) {
        std::cerr << "beian-assist: " << e.what() << std::endl;
        return beian::exit_code::kUnusable;
    }
    std::cerr << "Usage: beian-assist-documents docs|checklist ARGS (see beian-assist docs --help, "
                 "beian-assist checklist --help)\n";
    return beian::exit_code::kUnusable;
}
