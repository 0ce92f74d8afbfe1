// An agency's dossier passes the 1 MiB a native message may carry: through
// the real binary it is staged in chunks (dossier.stage) and saved or
// validated by naming the upload, and read back in chunks (dossier.read),
// every frame both ways under 1 MiB.
#include <catch2/catch.hpp>

#include "integration/host_process.hpp"
#include "support/sample.hpp"
#include "support/temp_dir.hpp"
#include "util/base64.hpp"
#include "util/sha256.hpp"

using beian::test::HostProcess;
using beian::test::TempDir;
using nlohmann::json;

namespace {

constexpr std::size_t kChunk = 512 * 1024;

// The sample with its products copied (fresh ids, names) until its text
// passes bytes.
json agency_dossier(std::size_t bytes) {
    auto dossier = beian::test::sample_dossier();
    const auto products = dossier["products"];
    for (std::size_t n = 0, size = dossier.dump().size(); size < bytes; ++n) {
        auto copy = products[n % 2];
        const auto tag = "-c" + std::to_string(n);
        copy["id"] = copy["id"].get<std::string>() + tag;
        copy["name"] = copy["name"].get<std::string>() + tag;
        for (auto& path : copy["accessPaths"]) {
            path["id"] = path["id"].get<std::string>() + tag;
            for (auto& function : path["functions"])
                function["id"] = function["id"].get<std::string>() + tag;
        }
        size += copy.dump().size() + 1;
        dossier["products"].push_back(std::move(copy));
    }
    return dossier;
}

// The text staged chunk by chunk; the upload to name.
std::string stage(HostProcess& host, const std::string& text,
                  const std::string& sha256 = std::string()) {
    json upload;
    for (std::size_t offset = 0; offset < text.size(); offset += kChunk) {
        json params = {{"size", text.size()},
                       {"sha256", sha256.empty() ? beian::sha256_hex(text) : sha256},
                       {"offset", offset},
                       {"data", beian::base64_encode(text.substr(offset, kChunk))}};
        if (!upload.is_null()) params["upload"] = upload;
        REQUIRE(beian::test::make_request("dossier.stage", params).dump().size() < 1024 * 1024);
        const auto reply = host.request("dossier.stage", params);
        if (reply["ok"] != true) return reply["error"]["details"][0]["problem"].get<std::string>();
        CHECK(host.reply_problems().empty());
        upload = reply["result"]["upload"];
        CHECK(reply["result"]["done"] == (offset + kChunk >= text.size()));
    }
    return upload.get<std::string>();
}

}  // namespace

TEST_CASE("a dossier over 1 MiB is saved from chunks and read back in chunks", "[host]") {
    TempDir data;
    HostProcess host({beian::test::kChromeOrigin}, data.path() / "home");
    const auto dossier = agency_dossier(1100 * 1024);
    const auto text = dossier.dump();
    REQUIRE(text.size() > 1024 * 1024);

    const auto saved =
        host.request("dossier.save",
                     {{"id", "agency"}, {"staged", stage(host, text)}, {"baseRevision", nullptr}});
    REQUIRE(saved["ok"] == true);
    CHECK(saved["result"]["revision"] == 1);

    // dossier.get cannot answer it in one frame; dossier.read can, in pieces.
    CHECK(host.request("dossier.get", {{"id", "agency"}})["error"]["code"] == "REPLY_TOO_LARGE");
    std::string back;
    json first;
    for (bool eof = false; !eof;) {
        const auto reply =
            host.request("dossier.read", {{"id", "agency"}, {"offset", back.size()}});
        REQUIRE(reply["ok"] == true);
        CHECK(host.reply_problems().empty());
        CHECK(reply.dump().size() < 1024 * 1024);
        if (first.is_null()) first = reply["result"];
        CHECK(reply["result"]["sha256"] == first["sha256"]);
        back += *beian::base64_decode(reply["result"]["data"].get<std::string>());
        eof = reply["result"]["eof"].get<bool>();
    }
    CHECK(back.size() == first["size"].get<std::size_t>());
    CHECK(beian::sha256_hex(back) == first["sha256"]);
    CHECK(first["revision"] == 1);
    auto stored = json::parse(back);
    CHECK(stored["meta"]["revision"] == 1);
    stored.erase("meta");
    auto sent = dossier;
    sent.erase("meta");
    CHECK(stored == sent);

    // Validated from chunks too; a staged text is taken by the request that names it.
    const auto upload = stage(host, text);
    const auto checked = host.request("dossier.validate", {{"staged", upload}});
    REQUIRE(checked["ok"] == true);
    CHECK(host.reply_problems().empty());
    // The copies' functions are linked to no algorithm: the rules ran on the staged text.
    std::size_t unlinked = 0;
    for (const auto& finding : checked["result"]["findings"])
        if (finding["severity"] == "error") unlinked += finding["code"] == "FUNCTION_NOT_LINKED";
    CHECK(unlinked > 1000);
    CHECK(checked["result"]["summary"]["errors"] == unlinked);
    const auto again = host.request("dossier.validate", {{"staged", upload}});
    CHECK(again["error"]["code"] == "BAD_PARAMS");
    CHECK(again["error"]["details"][0]["problem"] == "unknown-upload");

    // A save based on a stale revision is a conflict, staged or not.
    const auto stale = host.request(
        "dossier.save", {{"id", "agency"}, {"staged", stage(host, text)}, {"baseRevision", 0}});
    CHECK(stale["error"]["code"] == "CONFLICT");
}

TEST_CASE("a staged dossier that is not the declared text, or not JSON, is refused", "[host]") {
    TempDir data;
    HostProcess host({beian::test::kChromeOrigin}, data.path() / "home");
    const auto text = agency_dossier(600 * 1024).dump();
    CHECK(stage(host, text, beian::sha256_hex("another text")) == "digest-mismatch");

    const auto broken = stage(host, text.substr(0, text.size() - 1));  // the closing brace lost
    const auto saved = host.request(
        "dossier.save", {{"id", "broken"}, {"staged", broken}, {"baseRevision", nullptr}});
    CHECK(saved["error"]["code"] == "INVALID_DOSSIER");
    CHECK(host.request("dossier.list")["result"]["dossiers"].empty());

    // Inline and staged at once is not a request.
    const auto both = host.request("dossier.save", {{"id", "x"},
                                                    {"dossier", json::parse(text)},
                                                    {"staged", std::string(32, 'a')},
                                                    {"baseRevision", nullptr}});
    CHECK(both["error"]["code"] == "BAD_PARAMS");
}
