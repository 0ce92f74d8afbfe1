#include "support/cli_run.hpp"

#include <boost/process.hpp>

namespace beian::test {

CliRun run_cli_in(const std::filesystem::path& dir, const std::vector<std::string>& args,
                  const std::map<std::string, std::string>& env,
                  const std::vector<std::string>& unset) {
    namespace bp = boost::process;
    const auto out = dir / "out", err = dir / "err";
    // Boost.Process opens these without truncating them.
    std::filesystem::remove(out);
    std::filesystem::remove(err);
    bp::environment child_env = boost::this_process::environment();
    for (const auto& name : unset) child_env.erase(name);
    for (const auto& [name, value] : env) child_env[name] = value;
    const int code = bp::system(host_binary(), bp::args(args), bp::std_out > out.string(),
                                bp::std_err > err.string(), bp::std_in < bp::null, child_env);
    return {code, slurp(out), slurp(err)};
}

}  // namespace beian::test
