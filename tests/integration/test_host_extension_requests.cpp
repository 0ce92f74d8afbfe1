// The requests the extension's upload and teach mode use, through the real
// binary: attachment.read serves the dossier's own files in chunks under the
// 1 MiB frame limit and nothing else; profile.teach keeps a taught label in
// the local profile override across restarts.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <random>

#include "integration/host_process.hpp"
#include "support/sample.hpp"
#include "support/temp_dir.hpp"
#include "util/base64.hpp"

using beian::test::HostProcess;
using beian::test::TempDir;
using nlohmann::json;

namespace {

const std::string kBigPath = "attachments/big-scan.pdf";

// The sample dossier, stored as "demo", naming one more attachment of 1.3 MB.
std::string store_with_big_attachment(HostProcess& host, const std::filesystem::path& home) {
    std::mt19937 random(11);
    std::string bytes(1300 * 1000, '\0');
    for (auto& c : bytes) c = static_cast<char>(random() & 0xFF);
    std::filesystem::create_directories(home / "dossiers" / "attachments");
    std::ofstream(home / "dossiers" / kBigPath, std::ios::binary) << bytes;
    auto dossier = beian::test::sample_dossier();
    dossier["entity"]["attachments"]["others"].push_back({{"path", kBigPath},
                                                          {"sha256", std::string(64, 'a')},
                                                          {"size", bytes.size()},
                                                          {"mediaType", "application/pdf"}});
    const auto saved = host.request(
        "dossier.save", {{"id", "demo"}, {"dossier", dossier}, {"baseRevision", nullptr}});
    REQUIRE(saved["ok"] == true);
    return bytes;
}

}  // namespace

TEST_CASE("attachment.read returns a named file in chunks that fit a frame", "[host]") {
    TempDir data;
    const auto home = data.path() / "home";
    HostProcess host({beian::test::kChromeOrigin}, home);
    const auto bytes = store_with_big_attachment(host, home);

    std::string assembled;
    int chunks = 0;
    for (bool eof = false; !eof; ++chunks) {
        REQUIRE(chunks < 10);
        const auto reply = host.request(
            "attachment.read", {{"id", "demo"}, {"path", kBigPath}, {"offset", assembled.size()}});
        REQUIRE(reply["ok"] == true);
        CHECK(host.reply_problems().empty());
        CHECK(reply.dump().size() < 1024 * 1024);
        CHECK(reply["result"]["size"] == bytes.size());
        CHECK(reply["result"]["offset"] == assembled.size());
        const auto piece = beian::base64_decode(reply["result"]["data"].get<std::string>());
        REQUIRE(piece.has_value());
        CHECK(piece->size() <= 512 * 1024);
        assembled += *piece;
        eof = reply["result"]["eof"].get<bool>();
    }
    CHECK(chunks == 3);
    CHECK(assembled == bytes);

    const auto small = host.request(
        "attachment.read",
        {{"id", "demo"}, {"path", "attachments/commitment-letter.pdf"}, {"length", 100}});
    REQUIRE(small["ok"] == false);  // the sample's PDFs are not in this data dir
    CHECK(small["error"]["code"] == "NOT_FOUND");
    CHECK(small["error"]["details"]["file"] == "missing");
}

TEST_CASE("attachment.read refuses what the dossier does not name", "[host]") {
    TempDir data;
    const auto home = data.path() / "home";
    HostProcess host({beian::test::kChromeOrigin}, home);
    store_with_big_attachment(host, home);
    std::ofstream(home / "dossiers" / "secret.txt") << "not an attachment";
    const std::pair<json, const char*> rows[] = {
        {{{"id", "demo"}, {"path", "secret.txt"}}, "NOT_FOUND"},
        {{{"id", "demo"}, {"path", "attachments/../secret.txt"}}, "NOT_FOUND"},
        {{{"id", "demo"}, {"path", "/etc/passwd"}}, "NOT_FOUND"},
        {{{"id", "demo"}, {"path", "dossiers/demo.json"}}, "NOT_FOUND"},
        {{{"id", "nobody"}, {"path", kBigPath}}, "NOT_FOUND"},
        {{{"id", "demo"}, {"path", kBigPath}, {"length", 524289}}, "BAD_PARAMS"},
        {{{"id", "demo"}, {"path", kBigPath}, {"offset", -1}}, "BAD_PARAMS"},
        {{{"id", "demo"}}, "BAD_PARAMS"},
    };
    for (const auto& [params, code] : rows) {
        INFO(params.dump());
        const auto reply = host.request("attachment.read", params);
        CHECK(reply["ok"] == false);
        CHECK(reply["error"]["code"] == code);
        CHECK(host.reply_problems().empty());
    }
}

TEST_CASE("profile.teach adds a label as an alias in the local override, kept on restart",
          "[host]") {
    TempDir data;
    const auto home = data.path() / "home";
    {
        HostProcess host({beian::test::kChromeOrigin}, home);
        const auto taught =
            host.request("profile.teach",
                         {{"field", "entity.attachments.commitmentLetter"}, {"alias", "单位名称"}});
        REQUIRE(taught["ok"] == true);
        CHECK(host.reply_problems().empty());
        CHECK(taught["result"]["overriddenFields"] ==
              json::array({"entity.attachments.commitmentLetter"}));
        const auto& aliases = taught["result"]["aliases"];
        CHECK(aliases.back() == "单位名称");
        CHECK(aliases.size() == 3);  // the two built-in aliases are kept

        // Teaching the same label twice does not repeat it.
        const auto again =
            host.request("profile.teach",
                         {{"field", "entity.attachments.commitmentLetter"}, {"alias", "单位名称"}});
        CHECK(again["result"]["aliases"] == aliases);
        struct stat info {};
        REQUIRE(::stat((home / "profile.override.json").c_str(), &info) == 0);
        CHECK((info.st_mode & 0777) == 0600);
    }
    HostProcess host({beian::test::kChromeOrigin}, home);
    const auto profile = host.request("profile.get");
    CHECK(profile["result"]["overriddenFields"] ==
          json::array({"entity.attachments.commitmentLetter"}));
    CHECK(profile["result"]["profile"]["pages"][0]["fields"][18]["aliases"].dump().find(
              "单位名称") != std::string::npos);

    const auto forgot = host.request(
        "profile.teach", {{"field", "entity.attachments.commitmentLetter"}, {"forget", true}});
    REQUIRE(forgot["ok"] == true);
    CHECK(forgot["result"]["overriddenFields"] == json::array());
    CHECK(forgot["result"]["aliases"].dump().find("单位名称") == std::string::npos);

    const std::pair<json, const char*> refused[] = {
        {{{"field", "entity.basic.nickname"}, {"alias", "x"}}, "NOT_FOUND"},
        {{{"field", "entity.attachments.commitmentLetter"}, {"alias", "x"}, {"forget", true}},
         "BAD_PARAMS"},
        {{{"field", "entity.attachments.commitmentLetter"}}, "BAD_PARAMS"},
        {{{"field", "entity.attachments.commitmentLetter"}, {"alias", ""}}, "BAD_PARAMS"},
    };
    for (const auto& [params, code] : refused) {
        INFO(params.dump());
        const auto reply = host.request("profile.teach", params);
        CHECK(reply["error"]["code"] == code);
    }
}
