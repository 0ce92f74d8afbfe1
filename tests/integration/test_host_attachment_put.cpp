// attachment.put through the real binary, as the editor sends a picked file:
// in chunks under the 1 MiB frame limit, kept owner-only beside the dossiers
// with its SHA-256, and refused clearly when too large, out of order, not
// the declared file or for a dossier that does not exist.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <random>
#include <sstream>

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

// size bytes of a made-up PDF: the PDF signature, then random bytes.
std::string pdf_bytes(std::size_t size, unsigned seed) {
    std::mt19937 random(seed);
    std::string bytes(size, '\0');
    for (auto& c : bytes) c = static_cast<char>(random() & 0xFF);
    bytes.replace(0, 8, "%PDF-1.7");
    return bytes;
}

void store_sample(HostProcess& host) {
    const auto saved = host.request(
        "dossier.save",
        {{"id", "demo"}, {"dossier", beian::test::sample_dossier()}, {"baseRevision", nullptr}});
    REQUIRE(saved["ok"] == true);
}

json chunk_params(const std::string& bytes, const std::string& name, std::size_t offset,
                  const json& upload, const std::string& media_type = "application/pdf") {
    json params = {{"id", "demo"},
                   {"name", name},
                   {"mediaType", media_type},
                   {"size", bytes.size()},
                   {"sha256", beian::sha256_hex(bytes)},
                   {"offset", offset},
                   {"data", beian::base64_encode(bytes.substr(offset, kChunk))}};
    if (!upload.is_null()) params["upload"] = upload;
    return params;
}

// The whole file in order; the last reply's result.
json put_file(HostProcess& host, const std::string& bytes, const std::string& name,
              int* chunks = nullptr) {
    json upload;
    json result;
    for (std::size_t offset = 0; offset < bytes.size(); offset += kChunk) {
        const auto request =
            beian::test::make_request("attachment.put", chunk_params(bytes, name, offset, upload));
        REQUIRE(request.dump().size() < 1024 * 1024);
        const auto reply = host.request("attachment.put", request["params"]);
        REQUIRE(reply["ok"] == true);
        CHECK(host.reply_problems().empty());
        result = reply["result"];
        upload = result["upload"];
        CHECK(result["received"] == std::min(offset + kChunk, bytes.size()));
        if (chunks) ++*chunks;
    }
    return result;
}

std::string file_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream out;
    out << in.rdbuf();
    return out.str();
}

std::size_t files_in(const std::filesystem::path& dir) {
    std::size_t n = 0;
    std::error_code ec;
    for (std::filesystem::recursive_directory_iterator it(dir, ec), end; !ec && it != end;
         it.increment(ec))
        n += it->is_regular_file() ? 1 : 0;
    return n;
}

}  // namespace

TEST_CASE("attachment.put takes a 15 MB file in chunks and keeps it byte for byte", "[host]") {
    TempDir data;
    const auto home = data.path() / "home";
    HostProcess host({beian::test::kChromeOrigin}, home);
    store_sample(host);
    const auto bytes = pdf_bytes(15 * 1000 * 1000, 7);

    int chunks = 0;
    const auto result = put_file(host, bytes, "自评估报告（盖章）.pdf", &chunks);
    CHECK(chunks == 29);
    REQUIRE(result["done"] == true);
    const auto& record = result["attachment"];
    CHECK(record["path"] == "attachments/自评估报告（盖章）.pdf");
    CHECK(record["sha256"] == beian::sha256_hex(bytes));
    CHECK(record["size"] == bytes.size());
    CHECK(record["mediaType"] == "application/pdf");

    const auto stored = home / "dossiers" / record["path"].get<std::string>();
    CHECK(file_text(stored) == bytes);
    struct stat info {};
    REQUIRE(::stat(stored.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    CHECK(files_in(home / "dossiers" / "attachments" / ".incoming") == 0);

    // Named in the dossier, the same file reads back through attachment.read.
    auto dossier = host.request("dossier.get", {{"id", "demo"}})["result"];
    dossier["dossier"]["entity"]["attachments"]["others"].push_back(record);
    REQUIRE(host.request("dossier.save", {{"id", "demo"},
                                          {"dossier", dossier["dossier"]},
                                          {"baseRevision", dossier["revision"]}})["ok"] == true);
    std::string back;
    for (bool eof = false; !eof;) {
        const auto reply = host.request(
            "attachment.read", {{"id", "demo"}, {"path", record["path"]}, {"offset", back.size()}});
        REQUIRE(reply["ok"] == true);
        back += *beian::base64_decode(reply["result"]["data"].get<std::string>());
        eof = reply["result"]["eof"].get<bool>();
    }
    CHECK(beian::sha256_hex(back) == record["sha256"]);
}

TEST_CASE("attachment.put never replaces a file: the same one is reused, another is renamed",
          "[host]") {
    TempDir data;
    const auto home = data.path() / "home";
    HostProcess host({beian::test::kChromeOrigin}, home);
    store_sample(host);
    const auto first = pdf_bytes(1000, 1), second = pdf_bytes(1000, 2);

    CHECK(put_file(host, first, "承诺书.pdf")["attachment"]["path"] == "attachments/承诺书.pdf");
    CHECK(put_file(host, first, "承诺书.pdf")["attachment"]["path"] == "attachments/承诺书.pdf");
    CHECK(put_file(host, second, "承诺书.pdf")["attachment"]["path"] == "attachments/承诺书-2.pdf");
    CHECK(file_text(home / "dossiers" / "attachments" / "承诺书.pdf") == first);
    CHECK(file_text(home / "dossiers" / "attachments" / "承诺书-2.pdf") == second);
    // Directories in the name are dropped; a name without the kind's extension gets it.
    CHECK(put_file(host, pdf_bytes(500, 3), "../../etc/报告")["attachment"]["path"] ==
          "attachments/报告.pdf");
}

TEST_CASE(
    "attachment.put refuses an oversize file, chunks out of order, another file's bytes "
    "and an unknown dossier",
    "[host]") {
    TempDir data;
    const auto home = data.path() / "home";
    HostProcess host({beian::test::kChromeOrigin}, home);
    store_sample(host);
    const auto bytes = pdf_bytes(3 * kChunk + 100, 5);
    const auto problem = [&](const json& params, const std::string& code) {
        const auto reply = host.request("attachment.put", params);
        INFO(reply.dump().substr(0, 400));
        REQUIRE(reply["ok"] == false);
        CHECK(host.reply_problems().empty());
        CHECK(reply["error"]["code"] == code);
        CHECK_FALSE(reply["error"]["message"].get<std::string>().empty());
        return reply["error"];
    };

    SECTION("over the portal's 20 MB") {
        auto params = chunk_params(bytes, "big.pdf", 0, nullptr);
        params["size"] = 20 * 1024 * 1024 + 1;
        const auto error = problem(params, "BAD_PARAMS");
        CHECK(error["details"][0] == json({{"path", "/params/size"}, {"problem", "over-limit"}}));
        CHECK(error["message"].get<std::string>().find("20 MB") != std::string::npos);
    }
    SECTION("a chunk skipped, a chunk repeated, a later chunk first") {
        const auto started =
            host.request("attachment.put", chunk_params(bytes, "a.pdf", 0, nullptr));
        REQUIRE(started["ok"] == true);
        const auto upload = started["result"]["upload"];
        auto error = problem(chunk_params(bytes, "a.pdf", 2 * kChunk, upload), "BAD_PARAMS");
        CHECK(error["details"][0] ==
              json({{"path", "/params/offset"}, {"problem", "out-of-order"}}));
        CHECK(error["message"].get<std::string>().find("holds 524288 bytes") != std::string::npos);
        problem(chunk_params(bytes, "a.pdf", 0, upload), "BAD_PARAMS");
        error = problem(chunk_params(bytes, "a.pdf", kChunk, nullptr), "BAD_PARAMS");
        CHECK(error["details"][0]["problem"] == "out-of-order");
        // The upload in progress is unharmed by the refused chunks.
        const auto next =
            host.request("attachment.put", chunk_params(bytes, "a.pdf", kChunk, upload));
        CHECK(next["ok"] == true);
        CHECK(next["result"]["received"] == 2 * kChunk);
    }
    SECTION("an upload id nobody started") {
        const auto error =
            problem(chunk_params(bytes, "a.pdf", kChunk, std::string(32, 'a')), "BAD_PARAMS");
        CHECK(error["details"][0]["problem"] == "unknown-upload");
    }
    SECTION("bytes that are not the declared file, or not its kind") {
        auto params = chunk_params(pdf_bytes(1000, 9), "a.pdf", 0, nullptr);
        params["sha256"] = beian::sha256_hex("something else");
        CHECK(problem(params, "BAD_PARAMS")["details"][0]["problem"] == "digest-mismatch");
        const auto png = chunk_params(pdf_bytes(1000, 9), "a.png", 0, nullptr, "image/png");
        CHECK(problem(png, "BAD_PARAMS")["details"][0]["problem"] == "type");
        problem(chunk_params(pdf_bytes(1000, 9), "a.doc", 0, nullptr, "application/msword"),
                "BAD_PARAMS");
    }
    SECTION("a dossier that does not exist") {
        auto params = chunk_params(bytes, "a.pdf", 0, nullptr);
        params["id"] = "nobody";
        const auto error = problem(params, "NOT_FOUND");
        CHECK(error["details"][0]["problem"] == "unknown-dossier");
        CHECK_FALSE(std::filesystem::exists(home / "dossiers" / "attachments"));
    }
    SECTION("a chunk larger than 512 KiB") {
        auto params = chunk_params(bytes, "a.pdf", 0, nullptr);
        params["data"] = beian::base64_encode(bytes.substr(0, kChunk + 3));
        problem(params, "BAD_PARAMS");
    }
    // Whatever was refused, nothing half-written is kept as an attachment.
    std::size_t kept = 0;
    std::error_code ec;
    for (std::filesystem::directory_iterator it(home / "dossiers" / "attachments", ec), end;
         !ec && it != end; it.increment(ec))
        kept += it->is_regular_file() ? 1 : 0;
    CHECK(kept == 0);
}
