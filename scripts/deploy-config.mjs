// `npm run deploy:config`: writes the hosting files from src/lib/hosting/securityHeaders.ts and the locale
// registry: deploy/security-headers.conf, deploy/nginx.conf and public/_headers.
import { writeFileSync } from 'node:fs';
import { headersFile, nginxHeaders } from '../src/lib/hosting/securityHeaders.ts';
import { nginxConf } from '../src/lib/hosting/nginxConf.ts';

writeFileSync('deploy/security-headers.conf', nginxHeaders());
writeFileSync(
  'deploy/nginx.conf',
  nginxConf({
    root: '/srv/integrationskompass/dist',
    listen: '8080',
    headersInclude: '/etc/nginx/snippets/integrationskompass-security-headers.conf',
  }),
);
writeFileSync('public/_headers', headersFile());
console.log('Written: deploy/security-headers.conf, deploy/nginx.conf, public/_headers');
