// libFuzzer target: attachment.* requests through the dispatcher, with a real
// data directory holding a stored dossier and the attachment files it names.
// The first byte picks the request type among the dispatcher's attachment.*
// entries (attachment.read today; a new one is fuzzed as soon as it is in the
// table), the rest is the params' JSON text inside a valid envelope, so the
// inputs reach the handlers rather than the envelope checks.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "filing/dossier_bundle.hpp"
#include "portal/profile.hpp"
#include "protocol/dispatcher.hpp"
#include "protocol/host_context.hpp"
#include "schema/schema_validator.hpp"

namespace {
namespace fs = std::filesystem;

beian::protocol::HostContext make_context() {
    const auto dir =
        fs::temp_directory_path() / ("beian-fuzz-attachment-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    beian::storage::DossierStore store(dir);
    const auto sample = beian::schema::embedded_json("schemas/examples/sample-dossier.json");
    store.save("demo", sample, std::nullopt);
    // Every file the sample names, a few bytes each, beside the dossier.
    for (const auto& record : beian::filing::attachment_records(sample)) {
        const fs::path file = store.directory() / record["path"].get<std::string>();
        fs::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << "%PDF-1.4 " << file.filename().string();
    }
    return {dir, store, beian::portal::Profile::load(dir), std::nullopt, false, {}};
}

beian::protocol::HostContext& context() {
    static auto ctx = make_context();
    return ctx;
}

const std::vector<std::string>& attachment_types() {
    static const auto types = [] {
        std::vector<std::string> found;
        for (const auto& entry : beian::protocol::handler_table())
            if (entry.type.starts_with("attachment.")) found.emplace_back(entry.type);
        return found;
    }();
    return types;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const auto& types = attachment_types();
    const auto& type = types[data[0] % types.size()];
    const std::string params(reinterpret_cast<const char*>(data + 1), size - 1);
    const auto request = R"({"v":1,"id":"f","type":")" + type + R"(","params":)" + params + "}";
    const auto reply = beian::protocol::dispatch(request, context());
    (void)beian::protocol::serialise_reply(reply);
    return 0;
}
