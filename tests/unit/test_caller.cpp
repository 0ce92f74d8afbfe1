#include <catch2/catch.hpp>

#include "build_config.hpp"
#include "host/caller.hpp"

using beian::host::Browser;
using beian::host::caller_from_argv;

TEST_CASE("caller_from_argv reads browser launches and leaves a person's argv alone", "[caller]") {
    const std::string own =
        std::string("chrome-extension://") + beian::build::kChromiumExtensionId + "/";
    struct Case {
        std::vector<std::string> argv;
        bool is_browser;
        Browser browser;
        std::string id;
    };
    const std::vector<Case> cases = {
        {{own}, true, Browser::Chromium, beian::build::kChromiumExtensionId},
        {{own.substr(0, own.size() - 1)},
         true,
         Browser::Chromium,
         beian::build::kChromiumExtensionId},
        {{own, "--parent-window=1234"},
         true,
         Browser::Chromium,
         beian::build::kChromiumExtensionId},
        {{"/home/u/.mozilla/native-messaging-hosts/cn.beianassist.host.json", "x@y"},
         true,
         Browser::Firefox,
         "x@y"},
        {{"C:\\hosts\\cn.beianassist.host.json", "x@y"}, true, Browser::Firefox, "x@y"},
        {{"validate", "dossier.json"}, false, Browser::Chromium, ""},
        {{"plan", "entity", "x.json"}, false, Browser::Chromium, ""},
        {{}, false, Browser::Chromium, ""},
    };
    for (const auto& c : cases) {
        const auto caller = caller_from_argv(c.argv);
        REQUIRE(caller.has_value() == c.is_browser);
        if (!caller) continue;
        CHECK(caller->browser == c.browser);
        CHECK(caller->extension_id == c.id);
    }
}

TEST_CASE("only the project's own extension IDs are allowed", "[caller]") {
    const auto allow = beian::host::builtin_allow_list();
    CHECK(is_allowed({Browser::Chromium, beian::build::kChromiumExtensionId}, allow));
    CHECK(is_allowed({Browser::Firefox, beian::build::kGeckoExtensionId}, allow));
    CHECK_FALSE(is_allowed({Browser::Chromium, "aaaabbbbccccddddeeeeffffgggghhhh"}, allow));
    // A Chromium ID presented as a Firefox add-on is still foreign.
    CHECK_FALSE(is_allowed({Browser::Firefox, beian::build::kChromiumExtensionId}, allow));
}
