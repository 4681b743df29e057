// A minimal client for Marionette, the WebDriver-classic server built into Firefox (what geckodriver talks
// to). The Firefox smoke needs it because WebDriver BiDi (and so Puppeteer and Playwright's BiDi mode)
// does not expose extension pages at all: Firefox's BiDi skips every browsing context with an add-on
// principal "until we support debugging webextensions" (bug 1755014), so the panel iframe and the
// dashboard would be invisible. Marionette reaches them.
//
// Protocol: each packet is `<byte length>:<JSON>`; the server greets with an object, then answers each
// command `[0, id, name, params]` with `[1, id, error, result]`.
import net from 'node:net';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export class Marionette {
  /** @type {net.Socket | undefined} */
  #socket;
  #nextId = 0;
  /** @type {Map<number, { name: string, resolve: (v: any) => void, reject: (e: Error) => void }>} */
  #pending = new Map();
  #buffer = Buffer.alloc(0);

  /** Connects and waits for the server's greeting. */
  async connect(/** @type {number} */ port) {
    const socket = net.connect(port, '127.0.0.1');
    this.#socket = socket;
    /** @type {Promise<unknown>} */
    const greeting = new Promise((resolve, reject) => {
      // A reset (Firefox quitting or crashing) fails what is waiting; it never throws out of the socket.
      socket.on('error', (error) => {
        reject(error);
        this.#failPending(String(error));
      });
      socket.on('data', (data) => this.#receive(data, resolve));
    });
    socket.on('close', () => this.#failPending('Marionette connection closed'));
    return greeting;
  }

  #failPending(/** @type {string} */ why) {
    for (const p of this.#pending.values()) p.reject(new Error(`${p.name}: ${why}`));
    this.#pending.clear();
  }

  #receive(/** @type {Buffer} */ data, /** @type {(v: unknown) => void} */ greet) {
    this.#buffer = Buffer.concat([this.#buffer, data]);
    for (;;) {
      const colon = this.#buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(this.#buffer.subarray(0, colon).toString('ascii'));
      if (this.#buffer.length < colon + 1 + length) return;
      const packet = JSON.parse(this.#buffer.subarray(colon + 1, colon + 1 + length).toString('utf8'));
      this.#buffer = this.#buffer.subarray(colon + 1 + length);
      if (!Array.isArray(packet)) {
        greet(packet);
        continue;
      }
      const [, id, error, result] = packet;
      const pending = this.#pending.get(id);
      this.#pending.delete(id);
      if (!pending) continue;
      if (error) pending.reject(new Error(`${pending.name}: ${error.error}: ${error.message}`));
      else pending.resolve(result);
    }
  }

  /** Sends one command; resolves with its result (unwrapped from `{value}` when it is one). */
  send(/** @type {string} */ name, /** @type {object} */ params = {}) {
    const socket = this.#socket;
    if (!socket) throw new Error('Marionette: not connected');
    const id = ++this.#nextId;
    const body = Buffer.from(JSON.stringify([0, id, name, params]), 'utf8');
    socket.write(Buffer.concat([Buffer.from(`${body.length}:`, 'ascii'), body]));
    return new Promise((resolve, reject) => {
      this.#pending.set(id, {
        name,
        reject,
        resolve: (result) =>
          resolve(result && typeof result === 'object' && 'value' in result && Object.keys(result).length === 1 ? result.value : result),
      });
    });
  }

  close() {
    this.#socket?.destroy();
  }

  // --- WebDriver commands the smoke uses ---------------------------------------------------------

  /** @returns {Promise<string>} an element reference */
  async find(/** @type {string} */ css) {
    const found = await this.send('WebDriver:FindElement', { using: 'css selector', value: css });
    return found[ELEMENT];
  }
  click(/** @type {string} */ element) {
    return this.send('WebDriver:ElementClick', { id: element });
  }
  type(/** @type {string} */ element, /** @type {string} */ text) {
    return this.send('WebDriver:ElementSendKeys', { id: element, text });
  }
  clear(/** @type {string} */ element) {
    return this.send('WebDriver:ElementClear', { id: element });
  }
  /** Runs `body` (a function body) in the current frame; `arguments` are `args`. */
  script(/** @type {string} */ body, /** @type {unknown[]} */ args = []) {
    return this.send('WebDriver:ExecuteScript', { script: body, args });
  }
  /** Enters an iframe (an element reference), or goes back to the top document with none. */
  frame(/** @type {string | undefined} */ element) {
    return this.send('WebDriver:SwitchToFrame', element ? { element } : {});
  }
  /** @returns {Promise<string[]>} */
  windows() {
    return this.send('WebDriver:GetWindowHandles');
  }
  window(/** @type {string} */ handle) {
    return this.send('WebDriver:SwitchToWindow', { handle, focus: true });
  }
  navigate(/** @type {string} */ url) {
    return this.send('WebDriver:Navigate', { url });
  }
  /** @returns {Promise<string>} */
  url() {
    return this.send('WebDriver:GetCurrentURL');
  }

  /**
   * Waits, in the page, until `predicate` (a function body over `args`, run on every DOM change) returns
   * something truthy, and resolves with it. Event-driven (a MutationObserver), bounded by `timeoutMs`:
   * a page that never gets there fails with `what` instead of hanging.
   */
  async waitFor(/** @type {string} */ what, /** @type {string} */ predicate, /** @type {unknown[]} */ args = [], timeoutMs = 30_000) {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const left = Math.max(until - Date.now(), 1);
      const script = `
        const done = arguments[arguments.length - 1];
        const args = Array.prototype.slice.call(arguments, 0, -1);
        const check = () => { try { return (function () { ${predicate} }).apply(null, args); } catch (e) { return undefined; } };
        const first = check();
        if (first) return done(first);
        const observer = new MutationObserver(() => { const v = check(); if (v) finish(v); });
        const timer = setTimeout(() => finish({ timedOut: true }), ${left});
        function finish(v) { observer.disconnect(); clearTimeout(timer); done(v); }
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      `;
      const value = await this.send('WebDriver:ExecuteAsyncScript', { script, args }).catch((error) => {
        if (/unloaded/i.test(String(error))) return null;
        throw error;
      });
      if (value !== null && value !== undefined) {
        if (value.timedOut === true) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
        return value;
      }
      // No answer: the document went away under the wait (a new tab's initial about:blank replaced by
      // its page, a navigation). The frame now holds the next document: wait again there, same bound.
      if (Date.now() >= until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (document unloaded)`);
    }
  }

  /** Waits for a CSS selector to match an element, then returns that element. */
  async waitForSelector(/** @type {string} */ css, timeoutMs = 30_000) {
    await this.waitFor(css, 'return document.querySelector(arguments[0]) !== null;', [css], timeoutMs);
    return this.find(css);
  }
}
