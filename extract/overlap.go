package extract

import "github.com/zhfacts/zhfacts/entities"

// settle decides between overlapping candidates of different dimensions.
// Within a dimension each extractor keeps the longest match.
func settle(d *doc, r *entities.Result) {}
