// The compiled checks against valijson on the real schemas: the examples,
// and every value of the sample dossier, the portal profile and a few
// requests changed one at a time (a wrong type, an empty or overlong text, a
// negative number, a member removed or added, an item repeated). Wherever
// the checks are sure, valijson must agree; on the dossier they must be sure
// almost everywhere, or valid dossiers would go through valijson again.
#include <catch2/catch.hpp>
#include <filesystem>
#include <functional>
#include <string>

#include "schema/compiled_schema.hpp"
#include "schema/schema_validator.hpp"
#include "support/sample.hpp"

using beian::schema::CompiledSchema;
using beian::schema::SchemaValidator;
using beian::schema::Verdict;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

struct Tally {
    std::size_t sure = 0;
    std::size_t unsure = 0;
    std::size_t valid = 0;
};

class Agreement {
  public:
    explicit Agreement(const json& schema)
        : compiled_(schema), valijson_(schema, SchemaValidator::Engine::valijson_only) {}

    void expect(const json& document, const std::string& what) {
        const auto verdict = compiled_.check(document);
        if (verdict == Verdict::unsure) {
            ++tally.unsure;
            return;
        }
        ++tally.sure;
        const bool valid = valijson_.validate(document).empty();
        tally.valid += valid;
        INFO(what);
        CHECK((verdict == Verdict::valid) == valid);
    }

    Tally tally;

  private:
    CompiledSchema compiled_;
    SchemaValidator valijson_;
};

// Values put in place of each value in turn.
const json& replacements() {
    static const json values = json::parse(R"([null, true, 0, -1, 1.5, 18446744073709551615,
        "", "x", "2026-12-06", "a\u0000", [], {}, ["a", "a"], ["a", "b"], {"zz": 1}])");
    return values;
}

// document changed at each stride-th of its values, each change handed to
// visit with a description.
void each_change(const json& document, std::size_t stride,
                 const std::function<void(const json&, const std::string&)>& visit) {
    const auto flat = document.flatten();
    std::vector<json::json_pointer> pointers;
    // Every value, not only the leaves: the parents of each leaf too.
    for (const auto& [path, _] : flat.items())
        for (json::json_pointer pointer(path); !pointer.empty(); pointer = pointer.parent_pointer())
            pointers.push_back(pointer);
    std::sort(pointers.begin(), pointers.end(),
              [](const auto& a, const auto& b) { return a.to_string() < b.to_string(); });
    pointers.erase(std::unique(pointers.begin(), pointers.end()), pointers.end());
    const std::string long_text(600, 'a');
    for (std::size_t i = 0; i < pointers.size(); i += stride) {
        const auto& pointer = pointers[i];
        const auto where = pointer.to_string();
        auto changed = document;
        for (const auto& value : replacements()) {
            changed[pointer] = value;
            visit(changed, where + " = " + value.dump());
        }
        changed[pointer] = "中" + long_text;
        visit(changed, where + " = a long text");
        changed = document;
        const auto parent = pointer.parent_pointer();
        if (changed[parent].is_object()) {
            changed[parent].erase(pointer.back());
            visit(changed, where + " removed");
        }
        const auto& original = document[pointer];
        changed = document;
        if (original.is_object()) {
            changed[pointer]["zz"] = 1;
            visit(changed, where + " with a member added");
        }
        if (original.is_array() && !original.empty()) {
            changed[pointer].push_back(original.front());
            visit(changed, where + " with its first item repeated");
        }
    }
}

}  // namespace

TEST_CASE("the project's schemas compile whole, and valijson parses them", "[schema]") {
    for (const char* path : {"schemas/dossier.schema.json", "schemas/portal/profile.schema.json",
                             "schemas/protocol/request.schema.json"}) {
        INFO(path);
        const auto schema = beian::schema::embedded_json(path);
        CHECK(CompiledSchema(schema).unsure_subschemas() == 0);
        // The host's validators parse these for valijson only when first
        // needed: here, at once.
        CHECK_NOTHROW(SchemaValidator(schema, SchemaValidator::Engine::valijson_only));
    }
}

TEST_CASE("the dossier examples get valijson's verdicts from the compiled checks", "[schema]") {
    const auto schema = beian::schema::embedded_json("schemas/dossier.schema.json");
    const CompiledSchema compiled(schema);
    for (const char* name : {"sample-dossier.json", "skeleton-dossier.json"}) {
        INFO(name);
        CHECK(compiled.check(beian::test::read_json(std::string("schemas/examples/") + name)) ==
              Verdict::valid);
    }
    const fs::path invalid = fs::path(BEIAN_SOURCE_DIR) / "schemas/examples/invalid";
    for (const auto& entry : fs::directory_iterator(invalid)) {
        INFO(entry.path().filename());
        CHECK(compiled.check(beian::test::read_json("schemas/examples/invalid/" +
                                                    entry.path().filename().string())) ==
              Verdict::invalid);
    }
}

TEST_CASE("every one-value change of the sample dossier gets valijson's verdict", "[schema]") {
    Agreement agreement(beian::schema::embedded_json("schemas/dossier.schema.json"));
    each_change(
        beian::test::sample_dossier(), 1,
        [&](const json& changed, const std::string& what) { agreement.expect(changed, what); });
    const auto& tally = agreement.tally;
    INFO(tally.sure << " sure (" << tally.valid << " valid), " << tally.unsure << " unsure");
    CHECK(tally.sure > 5000);
    CHECK(tally.valid > 500);  // both verdicts well represented
    CHECK(tally.sure - tally.valid > 2000);
    CHECK(tally.unsure * 100 < tally.sure);  // the checks decide at least 99 % themselves
}

TEST_CASE("every one-value change of the profile and of requests agrees with valijson",
          "[schema]") {
    Agreement profile(beian::schema::embedded_json("schemas/portal/profile.schema.json"));
    // Every ninth of its 1 500 values: valijson takes a millisecond a profile.
    each_change(
        beian::schema::embedded_json("schemas/portal/profile.json"), 9,
        [&](const json& changed, const std::string& what) { profile.expect(changed, what); });
    CHECK(profile.tally.sure > 2500);
    CHECK(profile.tally.valid > 300);
    CHECK(profile.tally.unsure * 100 < profile.tally.sure);

    Agreement requests(beian::schema::embedded_json("schemas/protocol/request.schema.json"));
    const json samples[] = {
        {{"v", 1},
         {"id", "1"},
         {"type", "hello"},
         {"params", {{"protocol", {{"min", 1}, {"max", 1}}}}}},
        {{"v", 1},
         {"id", "2"},
         {"type", "page.plan"},
         {"params", {{"id", "demo"}, {"page", "entity"}}}},
        // The skeleton: a whole sample dossier, changed value by value, took
        // valijson 20 s through every type's if/then.
        {{"v", 1},
         {"id", "3"},
         {"type", "dossier.save"},
         {"params",
          {{"id", "demo"},
           {"dossier", beian::test::read_json("schemas/examples/skeleton-dossier.json")},
           {"baseRevision", 3}}}},
        {{"v", 1},
         {"id", "4"},
         {"type", "filing.mark"},
         {"params",
          {{"id", "demo"}, {"algorithm", "feed"}, {"status", "submitted"}, {"revision", 2}}}},
    };
    for (const auto& sample : samples)
        each_change(sample, 1, [&](const json& changed, const std::string& what) {
            requests.expect(changed, what);
        });
    CHECK(requests.tally.sure > 1000);
    CHECK(requests.tally.valid > 100);
    CHECK(requests.tally.unsure * 100 < requests.tally.sure);
}
