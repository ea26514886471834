package peers

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// exclusion is one line of testdata/out_of_scope.txt.
type exclusion struct {
	ID       string // case id
	Entity   int    // 1-based entity index for "id#n"; 0 for the whole case
	Category string
	Text     string
	Line     int
	used     bool
}

// outOfScope holds the exclusions by case id.
type outOfScope map[string][]*exclusion

func loadOutOfScope(path string) (outOfScope, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := outOfScope{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.SplitN(line, "\t", 3)
		if len(fields) != 3 {
			return nil, fmt.Errorf("%s:%d: want id<TAB>category<TAB>text", path, n)
		}
		x := &exclusion{ID: fields[0], Category: fields[1], Line: n}
		if err := json.Unmarshal([]byte(fields[2]), &x.Text); err != nil {
			return nil, fmt.Errorf("%s:%d: text: %v", path, n, err)
		}
		if id, ent, ok := strings.Cut(x.ID, "#"); ok {
			i, err := strconv.Atoi(ent)
			if err != nil || i < 1 {
				return nil, fmt.Errorf("%s:%d: bad entity index in %q", path, n, x.ID)
			}
			x.ID, x.Entity = id, i
		}
		if x.Category == "" {
			return nil, fmt.Errorf("%s:%d: no category", path, n)
		}
		out[x.ID] = append(out[x.ID], x)
	}
	return out, sc.Err()
}

// caseExclusion is the exclusion of a whole case, if any.
func (o outOfScope) caseExclusion(id string) *exclusion {
	for _, x := range o[id] {
		if x.Entity == 0 {
			return x
		}
	}
	return nil
}

// entityExclusions are the exclusions of single entities of a case, by entity index.
func (o outOfScope) entityExclusions(id string) map[int]*exclusion {
	m := map[int]*exclusion{}
	for _, x := range o[id] {
		if x.Entity > 0 {
			m[x.Entity] = x
		}
	}
	return m
}

// unused lists the exclusions that named no case of the suites.
func (o outOfScope) unused() []*exclusion {
	var l []*exclusion
	for _, xs := range o {
		for _, x := range xs {
			if !x.used {
				l = append(l, x)
			}
		}
	}
	return l
}
