// Greeting
package main

import (
	"encoding/json"
	"log"
	"net/http"
	"os"
	"time"
	"html/template"
)

type config struct {
	Addr    string
	Timeout time.Duration
}

func loadConfig() config {
	addr := os.Getenv("ADDR")
	if addr == "" {
		addr = "127.0.0.1:8080"
	}
	return config{Addr: addr, Timeout: 5 * time.Second}
}

func writeJSON(w http.ResponseWriter, v interface{}) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

var helloTmpl = template.Must(template.New("hello").Parse("<h1>Hello {{.}}</h1>"))

func helloHandler(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html")
	_ = helloTmpl.Execute(w, r.URL.Query().Get("name"))
}

func main() {
	cfg := loadConfig()
	mux := http.NewServeMux()
	mux.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, map[string]string{"service": "greeting"})
	})
	log.Fatal(http.ListenAndServe(cfg.Addr, mux))
}
