// Node 20 lacks Iterator.prototype.toArray (an ES2025 iterator helper, in Node 22), which Allure
// Report 3's quality gate calls. This adds that one helper, only where it is missing.
const iteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
if (typeof iteratorPrototype.toArray !== "function") {
  Object.defineProperty(iteratorPrototype, "toArray", {
    value: function toArray() {
      return Array.from(this);
    },
    configurable: true,
    writable: true,
  });
}
