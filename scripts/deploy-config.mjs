// `npm run deploy:config`: writes the hosting files from src/lib/hosting/ and the locale registry:
// deploy/security-headers.conf, deploy/nginx.conf and public/_headers. Reads SITE_URL (server_name),
// TLS_CERTIFICATE and TLS_CERTIFICATE_KEY (see deployOptions in src/lib/hosting/nginxConf.ts).
import { writeFileSync } from 'node:fs';
import { headersFile, nginxHeaders } from '../src/lib/hosting/securityHeaders.ts';
import { deployOptions, nginxConf } from '../src/lib/hosting/nginxConf.ts';

writeFileSync('deploy/security-headers.conf', nginxHeaders());
writeFileSync('deploy/nginx.conf', nginxConf(deployOptions(process.env)));
writeFileSync('public/_headers', headersFile());
console.log('Written: deploy/security-headers.conf, deploy/nginx.conf, public/_headers');
