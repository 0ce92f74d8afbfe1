// `beian-assist docs` and `beian-assist checklist`: exec the documents
// companion, beian-assist-documents, installed beside this one. It links
// libzip and pugixml for the .docx drafts (and reading them back); the host
// browsers start at every launch does not.
#include "cli/exec_beside.hpp"

namespace beian::cli {
namespace {

int launch(const char* command, const std::vector<std::string>& args, CommandIo& io) {
    std::vector<std::string> with{command};
    with.insert(with.end(), args.begin(), args.end());
    return exec_beside("beian-assist-documents", with, io, "the documents companion");
}

}  // namespace

int launch_docs(const std::vector<std::string>& args, CommandIo& io) {
    return launch("docs", args, io);
}
int launch_checklist(const std::vector<std::string>& args, CommandIo& io) {
    return launch("checklist", args, io);
}

}  // namespace beian::cli
