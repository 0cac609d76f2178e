/**
 * The nginx configuration for dist/, HTTPS only:
 * - a catch-all default server that closes connections for any other host name, a bare IP address or
 *   no host (`return 444`; TLS handshakes without a known name are refused: `ssl_reject_handshake`);
 * - the site on port 443 (HTTP/2, TLS 1.2 and 1.3 with Mozilla's "intermediate" configuration):
 *   `/` is the welcome page; unknown paths under `/{lang}/` answer 404 with that language's 404 page,
 *   others the root 404; dotfiles answer 404; fingerprinted assets and Pagefind files are cached for
 *   a year, HTML revalidates; gzip on; redirects are relative, so no client Host header reaches one;
 * - port 80 only redirects to `https://<first server name>`.
 * The security headers are included in every location because nginx drops inherited add_header lines
 * in a location that adds its own (Cache-Control), and at server level for nginx's own error answers
 * (400, 405, 413, 414, 500, …) produced outside any location. Why each choice: docs/decisions.md,
 * "Hosting hardening (issue 11)".
 */
import { localeCodes } from '../../i18n/locales.ts';

export interface NginxOptions {
  /** The built site (dist/) on the server. */
  root: string;
  /** The host names the site answers; the first is the one port 80 redirects to. */
  serverNames: readonly string[];
  /** PEM certificate chain (the site's certificate, then the intermediates) and its private key. */
  certificate: string;
  certificateKey: string;
  /** Where the security-headers snippet (deploy/security-headers.conf) is installed. */
  headersInclude: string;
  /** `listen` addresses for HTTPS and for HTTP (ports only: every interface). */
  httpsListen: readonly string[];
  httpListen: readonly string[];
  /**
   * OCSP stapling, for certificates whose CA still runs an OCSP responder (Let's Encrypt stopped in
   * 2025): the issuer chain to verify responses with, and a DNS resolver for the responder's name.
   */
  ocspStapling?: { trustedCertificate: string; resolver: string } | undefined;
}

/** The environment variables `npm run deploy:config` reads (everything else has one fixed value). */
export interface DeployEnvironment {
  SITE_URL?: string | undefined;
  TLS_CERTIFICATE?: string | undefined;
  TLS_CERTIFICATE_KEY?: string | undefined;
  TLS_OCSP_TRUSTED_CERTIFICATE?: string | undefined;
  TLS_OCSP_RESOLVER?: string | undefined;
}

/**
 * The options of deploy/nginx.conf. The host name comes from SITE_URL, the same variable the build
 * reads for canonical URLs (astro.config.mjs, whose default it repeats); the certificate paths default
 * to certbot's layout for that host. deploy-config.mjs and the test that the file is current both
 * call this, so a build for another SITE_URL needs `npm run deploy:config` as well.
 */
export function deployOptions(env: DeployEnvironment = {}): NginxOptions {
  const host = new URL(env.SITE_URL ?? 'http://localhost:4321').hostname;
  const { TLS_OCSP_TRUSTED_CERTIFICATE: trustedCertificate, TLS_OCSP_RESOLVER: resolver } = env;
  if (Boolean(trustedCertificate) !== Boolean(resolver))
    throw new Error(
      'OCSP stapling needs both TLS_OCSP_TRUSTED_CERTIFICATE (the issuer chain) and TLS_OCSP_RESOLVER (a DNS server address).',
    );
  return {
    root: '/srv/integrationskompass/dist',
    serverNames: [host],
    certificate: env.TLS_CERTIFICATE ?? `/etc/letsencrypt/live/${host}/fullchain.pem`,
    certificateKey: env.TLS_CERTIFICATE_KEY ?? `/etc/letsencrypt/live/${host}/privkey.pem`,
    headersInclude: '/etc/nginx/snippets/integrationskompass-security-headers.conf',
    httpsListen: ['443', '[::]:443'],
    httpListen: ['80', '[::]:80'],
    ocspStapling: trustedCertificate && resolver ? { trustedCertificate, resolver } : undefined,
  };
}

/**
 * Mozilla's server-side TLS guideline 6.0, "intermediate" (ssl-config.mozilla.org, generator commit
 * 858f8f7, for nginx 1.22 and OpenSSL 3.0 as in Debian 12): TLS 1.2 and 1.3, forward-secret AEAD
 * ciphers only (no DHE, so no dhparam file), the client picks the cipher. X25519MLKEM768 heads the
 * guideline's groups but needs OpenSSL 3.5, so the generator leaves it out here. Session tickets off
 * because nginx before 1.23.2 never rotates the ticket key.
 */
const TLS_SETTINGS = [
  'ssl_protocols TLSv1.2 TLSv1.3;',
  'ssl_ecdh_curve X25519:prime256v1:secp384r1;',
  'ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305;',
  'ssl_prefer_server_ciphers off;',
  'ssl_session_timeout 1d;',
  'ssl_session_cache shared:integrationskompass_tls:10m;',
  'ssl_session_tickets off;',
];

export function nginxConf({
  root,
  serverNames,
  certificate,
  certificateKey,
  headersInclude,
  httpsListen,
  httpListen,
  ocspStapling,
}: NginxOptions): string {
  const langs = localeCodes.join('|');
  const names = serverNames.join(' ');
  const indent = (lines: readonly string[]) => lines.map((line) => `    ${line}`).join('\n');
  // `http2` as a listen parameter: nginx 1.22 (Debian 12) has no `http2 on;` yet; newer nginx
  // accepts the parameter with a deprecation warning.
  const listenHttps = (extra = '') => indent(httpsListen.map((address) => `listen ${address} ssl http2${extra};`));
  const listenHttp = (extra = '') => indent(httpListen.map((address) => `listen ${address}${extra};`));
  const stapling = ocspStapling
    ? [
        'ssl_stapling on;',
        'ssl_stapling_verify on;',
        `ssl_trusted_certificate ${ocspStapling.trustedCertificate};`,
        `resolver ${ocspStapling.resolver};`,
      ]
    : [
        "# No OCSP stapling: Let's Encrypt certificates have no OCSP responder since 2025. For a CA that",
        '# runs one, set TLS_OCSP_TRUSTED_CERTIFICATE and TLS_OCSP_RESOLVER (see the top of this file).',
      ];
  return `# Integrationskompass Hessen: nginx configuration, HTTPS only. Generated by \`npm run deploy:config\`
# from src/lib/hosting/nginxConf.ts: do not edit, regenerate.
#
# The operator sets, before \`npm run deploy:config\` (and SITE_URL also before \`npm run build\`):
#   SITE_URL             the public origin; its host name is server_name below (now: ${names})
#   TLS_CERTIFICATE      the certificate chain (now: ${certificate})
#   TLS_CERTIFICATE_KEY  its private key (now: ${certificateKey})
#   only for a CA that runs an OCSP responder (not Let's Encrypt), to staple its answers:
#   TLS_OCSP_TRUSTED_CERTIFICATE  the issuer and root certificates; TLS_OCSP_RESOLVER  a DNS server
#   (now: ${ocspStapling ? `${ocspStapling.trustedCertificate}, ${ocspStapling.resolver}` : 'not set, no stapling'})
# Build the public site without the example offers and with the operator's contact (README, Hosting):
#   SITE_URL=https://<host> SITE_EXAMPLES=off SITE_OPERATOR="<name> | <street> | <postcode town> | <e-mail>" npm run build
# Install: copy deploy/security-headers.conf to ${headersInclude},
# this file to /etc/nginx/conf.d/ (inside http {}), the built dist/ to ${root},
# then \`nginx -t && systemctl reload nginx\`.
# Certificates: \`certbot certonly --nginx -d <host>\` answers the ACME challenge through the port-80
# server below (certbot's own location wins over the redirect), and so do renewals.
# The first server below is the default server of ports 80 and 443: on a machine that serves other
# sites too, keep only one default server.

map $uri $integrationskompass_404 {
    ~^/(?<lang>${langs})/ /$lang/404.html;
    default /404.html;
}

# Any other host name, a bare IP address or no Host header: the connection is closed without an
# answer (444), and a TLS handshake without one of our names is refused, so no client-chosen host
# reaches the site. nginx's own 400 answers to requests it cannot parse come from here, with headers.
server {
${listenHttp(' default_server')}
${listenHttps(' default_server')}
    server_name _;
    server_tokens off;
    ssl_reject_handshake on;
${indent(TLS_SETTINGS)}
    include ${headersInclude};
    return 444;
}

# Port 80 only redirects, to the first server name (never to the client's Host header). In a location,
# not at server level, so that certbot's challenge location can answer first.
server {
${listenHttp()}
    server_name ${names};
    server_tokens off;
    include ${headersInclude};

    location / {
        return 301 https://$server_name$request_uri;
    }
}

server {
${listenHttps()}
    server_name ${names};
    root ${root};
    index index.html;
    charset utf-8;
    server_tokens off;
    # Redirects nginx makes itself (a directory without its trailing slash) carry a path only.
    absolute_redirect off;
    # A symbolic link below the root is not followed: it could point at any file of the server.
    disable_symlinks on from=$document_root;

    ssl_certificate ${certificate};
    ssl_certificate_key ${certificateKey};
${indent(TLS_SETTINGS)}
${indent(stapling)}

    gzip on;
    gzip_comp_level 6;
    gzip_types text/css application/javascript text/javascript application/json application/xml image/svg+xml application/wasm application/manifest+json;
    # MIME types come from the main config's mime.types (nginx >= 1.21 knows application/wasm);
    # a types block here would replace them all.

    # For nginx's own error answers (400, 405, 413, 414, 500, …) that no location below produces.
    include ${headersInclude};

    error_page 404 $integrationskompass_404;

    # Dotfiles and dot-folders (.git, .env, .well-known, …) are never served: dist/ has none (the build
    # refuses them in public/), so one that appears there was not meant to be published.
    # First of the regular expressions, so that no other location serves one.
    location ~ /\\. {
        return 404;
    }

    location / {
        include ${headersInclude};
        add_header Cache-Control "no-cache" always;
        try_files $uri $uri/ =404;
    }

    location ~ ^/(?:${langs})/404\\.html$ {
        include ${headersInclude};
        add_header Cache-Control "no-cache" always;
        internal;
    }

    location = /404.html {
        include ${headersInclude};
        add_header Cache-Control "no-cache" always;
        internal;
    }

    # Fingerprinted assets never change under the same name.
    location /_astro/ {
        include ${headersInclude};
        add_header Cache-Control "public, max-age=31536000, immutable" always;
        try_files $uri =404;
    }

    # Pagefind writes content-hashed index files; its entry files are small and revalidate.
    location /pagefind/ {
        include ${headersInclude};
        add_header Cache-Control "public, max-age=31536000, immutable" always;
        location ~ ^/pagefind/(pagefind\\.js|pagefind-entry\\.json|pagefind-[a-z-]+\\.(js|css))$ {
            include ${headersInclude};
            add_header Cache-Control "no-cache" always;
        }
        try_files $uri =404;
    }

    # Debian's mime.types has no entry for web app manifests (served as octet-stream otherwise).
    location ~ \\.webmanifest$ {
        include ${headersInclude};
        add_header Cache-Control "no-cache" always;
        default_type application/manifest+json;
        try_files $uri =404;
    }

    # Nor for iCalendar files (an offer's kalender.ics): text/calendar, so that a phone offers to
    # add the dates to its calendar instead of saving an unknown file.
    location ~ \\.ics$ {
        include ${headersInclude};
        add_header Cache-Control "no-cache" always;
        default_type text/calendar;
        charset utf-8;
        charset_types text/calendar;
        gzip_types text/calendar;
        try_files $uri =404;
    }

    location /fonts/ {
        include ${headersInclude};
        add_header Cache-Control "public, max-age=2592000" always;
        try_files $uri =404;
    }
}
`;
}
