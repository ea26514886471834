package command

import (
	"os"
	"sort"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/config"
	"github.com/crosscheck/crosscheck/lang"
)

// configKey is where applyConfig keeps the loaded config in the app's metadata.
const configKey = "crosscheck/config"

// configFlag is --config, global and on check.
func configFlag() cli.Flag {
	return &cli.StringFlag{
		Name: "config", TakesFile: true,
		Usage: "config file (or set " + config.EnvVar + "); default: " + config.FileName + " in this folder or the nearest parent",
	}
}

// applyConfig loads the config file that applies (--config, then CROSSCHECK_CONFIG, then
// .crosscheck.yml here or in a parent folder) before any command runs, adds its concept words and
// names to the language tables, and makes its index the default one: --index and CROSSCHECK_INDEX
// still win. Every command sees the same config through configOf.
func applyConfig(c *cli.Context) error {
	explicit := c.String("config")
	if args := c.Args().Slice(); len(args) > 0 && args[0] == "check" {
		if v, ok := configArg(args[1:]); ok {
			explicit = v // crosscheck check --config FILE: the command's own flag
		}
	}
	cfg, err := config.Load(".", explicit)
	if err != nil {
		return err
	}
	if c.App.Metadata == nil {
		c.App.Metadata = map[string]any{}
	}
	c.App.Metadata[configKey] = cfg
	codes := map[string]bool{}
	for l := range cfg.Concepts {
		codes[l] = true
	}
	for l := range cfg.Entities {
		codes[l] = true
	}
	if len(codes) > 0 {
		list := make([]string, 0, len(codes))
		for l := range codes {
			list = append(list, l)
		}
		sort.Strings(list)
		for _, l := range list {
			if err := lang.Extend(l, lang.Extension{Concepts: cfg.Concepts[l], Places: cfg.Entities[l]}); err != nil {
				return &config.Error{Path: cfg.Path, Msg: err.Error()}
			}
		}
		claims.Reset()
	}
	if dir := cfg.IndexDir(); dir != "" && !c.IsSet("index") && os.Getenv("CROSSCHECK_INDEX") == "" {
		// indexDir reads the flag first: setting it here puts the config between the
		// environment and the default, and a command's own --index still wins
		if err := c.Set("index", dir); err != nil {
			return err
		}
	}
	return nil
}

// configArg finds --config FILE (or --config=FILE) among a command's arguments.
func configArg(args []string) (string, bool) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			break
		}
		name, val, hasVal := strings.Cut(a, "=")
		if name != "--config" && name != "-config" {
			continue
		}
		if hasVal {
			return val, true
		}
		if i+1 < len(args) {
			return args[i+1], true
		}
	}
	return "", false
}

// configOf returns the config applyConfig loaded (the zero Config when none was).
func configOf(c *cli.Context) *config.Config {
	if c.App != nil {
		if cfg, ok := c.App.Metadata[configKey].(*config.Config); ok {
			return cfg
		}
	}
	return &config.Config{}
}
