// The current route, following location.hash.
import { parseHash, type Route } from './routes';

class Router {
  route = $state<Route>(parseHash(window.location.hash));

  constructor() {
    window.addEventListener('hashchange', () => {
      this.route = parseHash(window.location.hash);
      window.scrollTo(0, 0);
    });
  }

  go(hash: string): void {
    window.location.hash = hash;
  }
}

export const router = new Router();
