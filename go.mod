module github.com/zhfacts/zhfacts

go 1.24

require (
	github.com/dlclark/regexp2 v1.12.0
	github.com/go-ego/gse v0.80.3
	github.com/stretchr/testify v1.12.1
)

require (
	github.com/vcaesar/cedar v0.20.2 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
)
