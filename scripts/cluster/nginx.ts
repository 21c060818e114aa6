/**
 * nginx in front of the API instances (issue 21 item 2): round robin with
 * passive health checks (an instance that fails twice is left out for 5 s),
 * a refused or reset connection tried on the next instance (for every
 * request: nothing reached the dead one), a timeout or 502 retried only for
 * idempotent requests (nginx never resends a POST that an instance may have
 * received). The web UI's built files come from nginx itself.
 */
export function nginxConfig(o: { dir: string; port: number; upstreams: number[]; webDist: string }): string {
  return `worker_processes 1;
pid ${o.dir}/nginx.pid;
error_log ${o.dir}/nginx-error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log ${o.dir}/nginx-access.log;
  client_body_temp_path ${o.dir}/nginx-body;
  proxy_temp_path ${o.dir}/nginx-proxy;
  fastcgi_temp_path ${o.dir}/nginx-fastcgi;
  uwsgi_temp_path ${o.dir}/nginx-uwsgi;
  scgi_temp_path ${o.dir}/nginx-scgi;
  upstream jifen_api {
${o.upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=2 fail_timeout=5s;`).join('\n')}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${o.port};
    client_max_body_size 12m;
    location / {
      proxy_pass http://jifen_api;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_connect_timeout 1s;
      proxy_read_timeout 30s;
      proxy_next_upstream error timeout http_502 http_504;
      proxy_next_upstream_tries 3;
      proxy_next_upstream_timeout 5s;
    }
    # The web UI's built files (hashed names: cached for a year); the SPA's routes fall back to index.html.
    location /assets/ {
      root ${o.webDist};
      expires 1y;
      add_header Cache-Control "public, immutable";
    }
  }
}
`;
}
