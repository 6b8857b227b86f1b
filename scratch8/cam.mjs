import { createRequire } from 'module'; const require = createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e2) {
    throw mod = 0, e2;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/@protobufjs/aspromise/index.js
var require_aspromise = __commonJS({
  "node_modules/@protobufjs/aspromise/index.js"(exports, module) {
    "use strict";
    module.exports = asPromise;
    function asPromise(fn, ctx) {
      var params = new Array(arguments.length - 1), offset = 0, index = 2, pending = true;
      while (index < arguments.length)
        params[offset++] = arguments[index++];
      return new Promise(function executor(resolve, reject) {
        params[offset] = function callback(err) {
          if (pending) {
            pending = false;
            if (err)
              reject(err);
            else {
              var params2 = new Array(arguments.length - 1), offset2 = 0;
              while (offset2 < params2.length)
                params2[offset2++] = arguments[offset2];
              resolve.apply(null, params2);
            }
          }
        };
        try {
          fn.apply(ctx || null, params);
        } catch (err) {
          if (pending) {
            pending = false;
            reject(err);
          }
        }
      });
    }
  }
});

// node_modules/@protobufjs/base64/index.js
var require_base64 = __commonJS({
  "node_modules/@protobufjs/base64/index.js"(exports) {
    "use strict";
    var base64 = exports;
    base64.length = function length(string) {
      var p = string.length;
      if (!p)
        return 0;
      var n = 0;
      while (--p % 4 > 1 && string.charAt(p) === "=")
        ++n;
      return Math.ceil(string.length * 3) / 4 - n;
    };
    var b64 = new Array(64);
    var s64 = new Array(123);
    for (i = 0; i < 64; )
      s64[b64[i] = i < 26 ? i + 65 : i < 52 ? i + 71 : i < 62 ? i - 4 : i - 59 | 43] = i++;
    var i;
    base64.encode = function encode(buffer, start, end) {
      var parts = null, chunk = [];
      var i2 = 0, j = 0, t2;
      while (start < end) {
        var b = buffer[start++];
        switch (j) {
          case 0:
            chunk[i2++] = b64[b >> 2];
            t2 = (b & 3) << 4;
            j = 1;
            break;
          case 1:
            chunk[i2++] = b64[t2 | b >> 4];
            t2 = (b & 15) << 2;
            j = 2;
            break;
          case 2:
            chunk[i2++] = b64[t2 | b >> 6];
            chunk[i2++] = b64[b & 63];
            j = 0;
            break;
        }
        if (i2 > 8191) {
          (parts || (parts = [])).push(String.fromCharCode.apply(String, chunk));
          i2 = 0;
        }
      }
      if (j) {
        chunk[i2++] = b64[t2];
        chunk[i2++] = 61;
        if (j === 1)
          chunk[i2++] = 61;
      }
      if (parts) {
        if (i2)
          parts.push(String.fromCharCode.apply(String, chunk.slice(0, i2)));
        return parts.join("");
      }
      return String.fromCharCode.apply(String, chunk.slice(0, i2));
    };
    var invalidEncoding = "invalid encoding";
    base64.decode = function decode(string, buffer, offset) {
      var start = offset;
      var j = 0, t2;
      for (var i2 = 0; i2 < string.length; ) {
        var c = string.charCodeAt(i2++);
        if (c === 61 && j > 1)
          break;
        if ((c = s64[c]) === void 0)
          throw Error(invalidEncoding);
        switch (j) {
          case 0:
            t2 = c;
            j = 1;
            break;
          case 1:
            buffer[offset++] = t2 << 2 | (c & 48) >> 4;
            t2 = c;
            j = 2;
            break;
          case 2:
            buffer[offset++] = (t2 & 15) << 4 | (c & 60) >> 2;
            t2 = c;
            j = 3;
            break;
          case 3:
            buffer[offset++] = (t2 & 3) << 6 | c;
            j = 0;
            break;
        }
      }
      if (j === 1)
        throw Error(invalidEncoding);
      return offset - start;
    };
    base64.test = function test(string) {
      return /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(string);
    };
  }
});

// node_modules/@protobufjs/eventemitter/index.js
var require_eventemitter = __commonJS({
  "node_modules/@protobufjs/eventemitter/index.js"(exports, module) {
    "use strict";
    module.exports = EventEmitter;
    function EventEmitter() {
      this._listeners = /* @__PURE__ */ Object.create(null);
    }
    EventEmitter.prototype.on = function on(evt, fn, ctx) {
      (this._listeners[evt] || (this._listeners[evt] = [])).push({
        fn,
        ctx: ctx || this
      });
      return this;
    };
    EventEmitter.prototype.off = function off(evt, fn) {
      if (evt === void 0)
        this._listeners = /* @__PURE__ */ Object.create(null);
      else {
        if (fn === void 0)
          this._listeners[evt] = [];
        else {
          var listeners = this._listeners[evt];
          if (!listeners)
            return this;
          for (var i = 0; i < listeners.length; )
            if (listeners[i].fn === fn)
              listeners.splice(i, 1);
            else
              ++i;
        }
      }
      return this;
    };
    EventEmitter.prototype.emit = function emit(evt) {
      var listeners = this._listeners[evt];
      if (listeners) {
        var args = [], i = 1;
        for (; i < arguments.length; )
          args.push(arguments[i++]);
        for (i = 0; i < listeners.length; )
          listeners[i].fn.apply(listeners[i++].ctx, args);
      }
      return this;
    };
  }
});

// node_modules/@protobufjs/float/index.js
var require_float = __commonJS({
  "node_modules/@protobufjs/float/index.js"(exports, module) {
    "use strict";
    module.exports = factory(factory);
    function factory(exports2) {
      if (typeof Float32Array !== "undefined") (function() {
        var f32 = new Float32Array([-0]), f8b = new Uint8Array(f32.buffer), le = f8b[3] === 128;
        function writeFloat_f32_cpy(val, buf, pos) {
          f32[0] = val;
          buf[pos] = f8b[0];
          buf[pos + 1] = f8b[1];
          buf[pos + 2] = f8b[2];
          buf[pos + 3] = f8b[3];
        }
        function writeFloat_f32_rev(val, buf, pos) {
          f32[0] = val;
          buf[pos] = f8b[3];
          buf[pos + 1] = f8b[2];
          buf[pos + 2] = f8b[1];
          buf[pos + 3] = f8b[0];
        }
        exports2.writeFloatLE = le ? writeFloat_f32_cpy : writeFloat_f32_rev;
        exports2.writeFloatBE = le ? writeFloat_f32_rev : writeFloat_f32_cpy;
        function readFloat_f32_cpy(buf, pos) {
          f8b[0] = buf[pos];
          f8b[1] = buf[pos + 1];
          f8b[2] = buf[pos + 2];
          f8b[3] = buf[pos + 3];
          return f32[0];
        }
        function readFloat_f32_rev(buf, pos) {
          f8b[3] = buf[pos];
          f8b[2] = buf[pos + 1];
          f8b[1] = buf[pos + 2];
          f8b[0] = buf[pos + 3];
          return f32[0];
        }
        exports2.readFloatLE = le ? readFloat_f32_cpy : readFloat_f32_rev;
        exports2.readFloatBE = le ? readFloat_f32_rev : readFloat_f32_cpy;
      })();
      else (function() {
        function writeFloat_ieee754(writeUint, val, buf, pos) {
          var sign = val < 0 ? 1 : 0;
          if (sign)
            val = -val;
          if (val === 0)
            writeUint(1 / val > 0 ? (
              /* positive */
              0
            ) : (
              /* negative 0 */
              2147483648
            ), buf, pos);
          else if (isNaN(val))
            writeUint(2143289344, buf, pos);
          else if (val > 34028234663852886e22)
            writeUint((sign << 31 | 2139095040) >>> 0, buf, pos);
          else if (val < 11754943508222875e-54)
            writeUint((sign << 31 | Math.round(val / 1401298464324817e-60)) >>> 0, buf, pos);
          else {
            var exponent = Math.floor(Math.log(val) / Math.LN2), mantissa = Math.round(val * Math.pow(2, -exponent) * 8388608) & 8388607;
            writeUint((sign << 31 | exponent + 127 << 23 | mantissa) >>> 0, buf, pos);
          }
        }
        exports2.writeFloatLE = writeFloat_ieee754.bind(null, writeUintLE);
        exports2.writeFloatBE = writeFloat_ieee754.bind(null, writeUintBE);
        function readFloat_ieee754(readUint, buf, pos) {
          var uint = readUint(buf, pos), sign = (uint >> 31) * 2 + 1, exponent = uint >>> 23 & 255, mantissa = uint & 8388607;
          return exponent === 255 ? mantissa ? NaN : sign * Infinity : exponent === 0 ? sign * 1401298464324817e-60 * mantissa : sign * Math.pow(2, exponent - 150) * (mantissa + 8388608);
        }
        exports2.readFloatLE = readFloat_ieee754.bind(null, readUintLE);
        exports2.readFloatBE = readFloat_ieee754.bind(null, readUintBE);
      })();
      if (typeof Float64Array !== "undefined") (function() {
        var f64 = new Float64Array([-0]), f8b = new Uint8Array(f64.buffer), le = f8b[7] === 128;
        function writeDouble_f64_cpy(val, buf, pos) {
          f64[0] = val;
          buf[pos] = f8b[0];
          buf[pos + 1] = f8b[1];
          buf[pos + 2] = f8b[2];
          buf[pos + 3] = f8b[3];
          buf[pos + 4] = f8b[4];
          buf[pos + 5] = f8b[5];
          buf[pos + 6] = f8b[6];
          buf[pos + 7] = f8b[7];
        }
        function writeDouble_f64_rev(val, buf, pos) {
          f64[0] = val;
          buf[pos] = f8b[7];
          buf[pos + 1] = f8b[6];
          buf[pos + 2] = f8b[5];
          buf[pos + 3] = f8b[4];
          buf[pos + 4] = f8b[3];
          buf[pos + 5] = f8b[2];
          buf[pos + 6] = f8b[1];
          buf[pos + 7] = f8b[0];
        }
        exports2.writeDoubleLE = le ? writeDouble_f64_cpy : writeDouble_f64_rev;
        exports2.writeDoubleBE = le ? writeDouble_f64_rev : writeDouble_f64_cpy;
        function readDouble_f64_cpy(buf, pos) {
          f8b[0] = buf[pos];
          f8b[1] = buf[pos + 1];
          f8b[2] = buf[pos + 2];
          f8b[3] = buf[pos + 3];
          f8b[4] = buf[pos + 4];
          f8b[5] = buf[pos + 5];
          f8b[6] = buf[pos + 6];
          f8b[7] = buf[pos + 7];
          return f64[0];
        }
        function readDouble_f64_rev(buf, pos) {
          f8b[7] = buf[pos];
          f8b[6] = buf[pos + 1];
          f8b[5] = buf[pos + 2];
          f8b[4] = buf[pos + 3];
          f8b[3] = buf[pos + 4];
          f8b[2] = buf[pos + 5];
          f8b[1] = buf[pos + 6];
          f8b[0] = buf[pos + 7];
          return f64[0];
        }
        exports2.readDoubleLE = le ? readDouble_f64_cpy : readDouble_f64_rev;
        exports2.readDoubleBE = le ? readDouble_f64_rev : readDouble_f64_cpy;
      })();
      else (function() {
        function writeDouble_ieee754(writeUint, off0, off1, val, buf, pos) {
          var sign = val < 0 ? 1 : 0;
          if (sign)
            val = -val;
          if (val === 0) {
            writeUint(0, buf, pos + off0);
            writeUint(1 / val > 0 ? (
              /* positive */
              0
            ) : (
              /* negative 0 */
              2147483648
            ), buf, pos + off1);
          } else if (isNaN(val)) {
            writeUint(0, buf, pos + off0);
            writeUint(2146959360, buf, pos + off1);
          } else if (val > 17976931348623157e292) {
            writeUint(0, buf, pos + off0);
            writeUint((sign << 31 | 2146435072) >>> 0, buf, pos + off1);
          } else {
            var mantissa;
            if (val < 22250738585072014e-324) {
              mantissa = val / 5e-324;
              writeUint(mantissa >>> 0, buf, pos + off0);
              writeUint((sign << 31 | mantissa / 4294967296) >>> 0, buf, pos + off1);
            } else {
              var exponent = Math.floor(Math.log(val) / Math.LN2);
              if (exponent === 1024)
                exponent = 1023;
              mantissa = val * Math.pow(2, -exponent);
              writeUint(mantissa * 4503599627370496 >>> 0, buf, pos + off0);
              writeUint((sign << 31 | exponent + 1023 << 20 | mantissa * 1048576 & 1048575) >>> 0, buf, pos + off1);
            }
          }
        }
        exports2.writeDoubleLE = writeDouble_ieee754.bind(null, writeUintLE, 0, 4);
        exports2.writeDoubleBE = writeDouble_ieee754.bind(null, writeUintBE, 4, 0);
        function readDouble_ieee754(readUint, off0, off1, buf, pos) {
          var lo = readUint(buf, pos + off0), hi = readUint(buf, pos + off1);
          var sign = (hi >> 31) * 2 + 1, exponent = hi >>> 20 & 2047, mantissa = 4294967296 * (hi & 1048575) + lo;
          return exponent === 2047 ? mantissa ? NaN : sign * Infinity : exponent === 0 ? sign * 5e-324 * mantissa : sign * Math.pow(2, exponent - 1075) * (mantissa + 4503599627370496);
        }
        exports2.readDoubleLE = readDouble_ieee754.bind(null, readUintLE, 0, 4);
        exports2.readDoubleBE = readDouble_ieee754.bind(null, readUintBE, 4, 0);
      })();
      return exports2;
    }
    function writeUintLE(val, buf, pos) {
      buf[pos] = val & 255;
      buf[pos + 1] = val >>> 8 & 255;
      buf[pos + 2] = val >>> 16 & 255;
      buf[pos + 3] = val >>> 24;
    }
    function writeUintBE(val, buf, pos) {
      buf[pos] = val >>> 24;
      buf[pos + 1] = val >>> 16 & 255;
      buf[pos + 2] = val >>> 8 & 255;
      buf[pos + 3] = val & 255;
    }
    function readUintLE(buf, pos) {
      return (buf[pos] | buf[pos + 1] << 8 | buf[pos + 2] << 16 | buf[pos + 3] << 24) >>> 0;
    }
    function readUintBE(buf, pos) {
      return (buf[pos] << 24 | buf[pos + 1] << 16 | buf[pos + 2] << 8 | buf[pos + 3]) >>> 0;
    }
  }
});

// node_modules/@protobufjs/inquire/index.js
var require_inquire = __commonJS({
  "node_modules/@protobufjs/inquire/index.js"(exports, module) {
    "use strict";
    module.exports = inquire;
    function inquire(moduleName) {
      try {
        if (typeof __require !== "function") {
          return null;
        }
        var mod = __require(moduleName);
        if (mod && (mod.length || Object.keys(mod).length)) return mod;
        return null;
      } catch (err) {
        return null;
      }
    }
  }
});

// node_modules/@protobufjs/utf8/index.js
var require_utf8 = __commonJS({
  "node_modules/@protobufjs/utf8/index.js"(exports) {
    "use strict";
    var utf8 = exports;
    var replacementCharCode = 65533;
    utf8.length = function utf8_length(string) {
      var len = 0, c = 0;
      for (var i = 0; i < string.length; ++i) {
        c = string.charCodeAt(i);
        if (c < 128)
          len += 1;
        else if (c < 2048)
          len += 2;
        else if ((c & 64512) === 55296 && (string.charCodeAt(i + 1) & 64512) === 56320) {
          ++i;
          len += 4;
        } else
          len += 3;
      }
      return len;
    };
    utf8.read = function utf8_read(buffer, start, end) {
      if (end - start < 1)
        return "";
      var parts = null, chunk = [], i = 0, t2, t22, c2, c3;
      while (start < end) {
        t2 = buffer[start++];
        if (t2 <= 127) {
          chunk[i++] = t2;
        } else if (t2 >= 192 && t2 < 224) {
          c2 = (t2 & 31) << 6 | buffer[start++] & 63;
          chunk[i++] = c2 >= 128 ? c2 : replacementCharCode;
        } else if (t2 >= 224 && t2 < 240) {
          c3 = (t2 & 15) << 12 | (buffer[start++] & 63) << 6 | buffer[start++] & 63;
          chunk[i++] = c3 >= 2048 ? c3 : replacementCharCode;
        } else if (t2 >= 240) {
          t22 = (t2 & 7) << 18 | (buffer[start++] & 63) << 12 | (buffer[start++] & 63) << 6 | buffer[start++] & 63;
          if (t22 < 65536 || t22 > 1114111)
            chunk[i++] = replacementCharCode;
          else {
            t22 -= 65536;
            chunk[i++] = 55296 + (t22 >> 10);
            chunk[i++] = 56320 + (t22 & 1023);
          }
        }
        if (i > 8191) {
          (parts || (parts = [])).push(String.fromCharCode.apply(String, chunk.slice(0, i)));
          i = 0;
        }
      }
      if (parts) {
        if (i)
          parts.push(String.fromCharCode.apply(String, chunk.slice(0, i)));
        return parts.join("");
      }
      return String.fromCharCode.apply(String, chunk.slice(0, i));
    };
    utf8.write = function utf8_write(string, buffer, offset) {
      var start = offset, c1, c2;
      for (var i = 0; i < string.length; ++i) {
        c1 = string.charCodeAt(i);
        if (c1 < 128) {
          buffer[offset++] = c1;
        } else if (c1 < 2048) {
          buffer[offset++] = c1 >> 6 | 192;
          buffer[offset++] = c1 & 63 | 128;
        } else if ((c1 & 64512) === 55296 && ((c2 = string.charCodeAt(i + 1)) & 64512) === 56320) {
          c1 = 65536 + ((c1 & 1023) << 10) + (c2 & 1023);
          ++i;
          buffer[offset++] = c1 >> 18 | 240;
          buffer[offset++] = c1 >> 12 & 63 | 128;
          buffer[offset++] = c1 >> 6 & 63 | 128;
          buffer[offset++] = c1 & 63 | 128;
        } else {
          buffer[offset++] = c1 >> 12 | 224;
          buffer[offset++] = c1 >> 6 & 63 | 128;
          buffer[offset++] = c1 & 63 | 128;
        }
      }
      return offset - start;
    };
  }
});

// node_modules/@protobufjs/pool/index.js
var require_pool = __commonJS({
  "node_modules/@protobufjs/pool/index.js"(exports, module) {
    "use strict";
    module.exports = pool;
    function pool(alloc, slice, size2) {
      var SIZE = size2 || 8192;
      var MAX = SIZE >>> 1;
      var slab = null;
      var offset = SIZE;
      return function pool_alloc(size3) {
        if (size3 < 1 || size3 > MAX)
          return alloc(size3);
        if (offset + size3 > SIZE) {
          slab = alloc(SIZE);
          offset = 0;
        }
        var buf = slice.call(slab, offset, offset += size3);
        if (offset & 7)
          offset = (offset | 7) + 1;
        return buf;
      };
    }
  }
});

// node_modules/protobufjs/src/util/longbits.js
var require_longbits = __commonJS({
  "node_modules/protobufjs/src/util/longbits.js"(exports, module) {
    "use strict";
    module.exports = LongBits;
    var util = require_minimal();
    function LongBits(lo, hi) {
      this.lo = lo >>> 0;
      this.hi = hi >>> 0;
    }
    var zero = LongBits.zero = new LongBits(0, 0);
    zero.toNumber = function() {
      return 0;
    };
    zero.zzEncode = zero.zzDecode = function() {
      return this;
    };
    zero.length = function() {
      return 1;
    };
    var zeroHash = LongBits.zeroHash = "\0\0\0\0\0\0\0\0";
    LongBits.fromNumber = function fromNumber(value) {
      if (value === 0)
        return zero;
      var sign = value < 0;
      if (sign)
        value = -value;
      var lo = value >>> 0, hi = (value - lo) / 4294967296 >>> 0;
      if (sign) {
        hi = ~hi >>> 0;
        lo = ~lo >>> 0;
        if (++lo > 4294967295) {
          lo = 0;
          if (++hi > 4294967295)
            hi = 0;
        }
      }
      return new LongBits(lo, hi);
    };
    LongBits.from = function from(value) {
      if (typeof value === "number")
        return LongBits.fromNumber(value);
      if (util.isString(value)) {
        if (util.Long)
          value = util.Long.fromString(value);
        else
          return LongBits.fromNumber(parseInt(value, 10));
      }
      return value.low || value.high ? new LongBits(value.low >>> 0, value.high >>> 0) : zero;
    };
    LongBits.prototype.toNumber = function toNumber2(unsigned) {
      if (!unsigned && this.hi >>> 31) {
        var lo = ~this.lo + 1 >>> 0, hi = ~this.hi >>> 0;
        if (!lo)
          hi = hi + 1 >>> 0;
        return -(lo + hi * 4294967296);
      }
      return this.lo + this.hi * 4294967296;
    };
    LongBits.prototype.toLong = function toLong(unsigned) {
      return util.Long ? new util.Long(this.lo | 0, this.hi | 0, Boolean(unsigned)) : { low: this.lo | 0, high: this.hi | 0, unsigned: Boolean(unsigned) };
    };
    var charCodeAt = String.prototype.charCodeAt;
    LongBits.fromHash = function fromHash(hash) {
      if (hash === zeroHash)
        return zero;
      return new LongBits(
        (charCodeAt.call(hash, 0) | charCodeAt.call(hash, 1) << 8 | charCodeAt.call(hash, 2) << 16 | charCodeAt.call(hash, 3) << 24) >>> 0,
        (charCodeAt.call(hash, 4) | charCodeAt.call(hash, 5) << 8 | charCodeAt.call(hash, 6) << 16 | charCodeAt.call(hash, 7) << 24) >>> 0
      );
    };
    LongBits.prototype.toHash = function toHash() {
      return String.fromCharCode(
        this.lo & 255,
        this.lo >>> 8 & 255,
        this.lo >>> 16 & 255,
        this.lo >>> 24,
        this.hi & 255,
        this.hi >>> 8 & 255,
        this.hi >>> 16 & 255,
        this.hi >>> 24
      );
    };
    LongBits.prototype.zzEncode = function zzEncode() {
      var mask = this.hi >> 31;
      this.hi = ((this.hi << 1 | this.lo >>> 31) ^ mask) >>> 0;
      this.lo = (this.lo << 1 ^ mask) >>> 0;
      return this;
    };
    LongBits.prototype.zzDecode = function zzDecode() {
      var mask = -(this.lo & 1);
      this.lo = ((this.lo >>> 1 | this.hi << 31) ^ mask) >>> 0;
      this.hi = (this.hi >>> 1 ^ mask) >>> 0;
      return this;
    };
    LongBits.prototype.length = function length() {
      var part0 = this.lo, part1 = (this.lo >>> 28 | this.hi << 4) >>> 0, part2 = this.hi >>> 24;
      return part2 === 0 ? part1 === 0 ? part0 < 16384 ? part0 < 128 ? 1 : 2 : part0 < 2097152 ? 3 : 4 : part1 < 16384 ? part1 < 128 ? 5 : 6 : part1 < 2097152 ? 7 : 8 : part2 < 128 ? 9 : 10;
    };
  }
});

// node_modules/protobufjs/src/util/minimal.js
var require_minimal = __commonJS({
  "node_modules/protobufjs/src/util/minimal.js"(exports) {
    "use strict";
    var util = exports;
    util.asPromise = require_aspromise();
    util.base64 = require_base64();
    util.EventEmitter = require_eventemitter();
    util.float = require_float();
    util.inquire = require_inquire();
    util.utf8 = require_utf8();
    util.pool = require_pool();
    util.LongBits = require_longbits();
    util.isNode = Boolean(typeof global !== "undefined" && global && global.process && global.process.versions && global.process.versions.node);
    util.global = util.isNode && global || typeof window !== "undefined" && window || typeof self !== "undefined" && self || exports;
    util.emptyArray = Object.freeze ? Object.freeze([]) : (
      /* istanbul ignore next */
      []
    );
    util.emptyObject = Object.freeze ? Object.freeze({}) : (
      /* istanbul ignore next */
      {}
    );
    util.isInteger = Number.isInteger || /* istanbul ignore next */
    function isInteger(value) {
      return typeof value === "number" && isFinite(value) && Math.floor(value) === value;
    };
    util.isString = function isString(value) {
      return typeof value === "string" || value instanceof String;
    };
    util.isObject = function isObject(value) {
      return value && typeof value === "object";
    };
    util.isset = /**
     * Checks if a property on a message is considered to be present.
     * @param {Object} obj Plain object or message instance
     * @param {string} prop Property name
     * @returns {boolean} `true` if considered to be present, otherwise `false`
     */
    util.isSet = function isSet(obj, prop) {
      var value = obj[prop];
      if (value != null && obj.hasOwnProperty(prop))
        return typeof value !== "object" || (Array.isArray(value) ? value.length : Object.keys(value).length) > 0;
      return false;
    };
    util.Buffer = (function() {
      try {
        var Buffer2 = util.inquire("buffer").Buffer;
        return Buffer2.prototype.utf8Write ? Buffer2 : (
          /* istanbul ignore next */
          null
        );
      } catch (e2) {
        return null;
      }
    })();
    util._Buffer_from = null;
    util._Buffer_allocUnsafe = null;
    util.newBuffer = function newBuffer(sizeOrArray) {
      return typeof sizeOrArray === "number" ? util.Buffer ? util._Buffer_allocUnsafe(sizeOrArray) : new util.Array(sizeOrArray) : util.Buffer ? util._Buffer_from(sizeOrArray) : typeof Uint8Array === "undefined" ? sizeOrArray : new Uint8Array(sizeOrArray);
    };
    util.Array = typeof Uint8Array !== "undefined" ? Uint8Array : Array;
    util.Long = /* istanbul ignore next */
    util.global.dcodeIO && /* istanbul ignore next */
    util.global.dcodeIO.Long || /* istanbul ignore next */
    util.global.Long || util.inquire("long");
    util.key2Re = /^true|false|0|1$/;
    util.key32Re = /^-?(?:0|[1-9][0-9]*)$/;
    util.key64Re = /^(?:[\\x00-\\xff]{8}|-?(?:0|[1-9][0-9]*))$/;
    util.longToHash = function longToHash(value) {
      return value ? util.LongBits.from(value).toHash() : util.LongBits.zeroHash;
    };
    util.longFromHash = function longFromHash(hash, unsigned) {
      var bits = util.LongBits.fromHash(hash);
      if (util.Long)
        return util.Long.fromBits(bits.lo, bits.hi, unsigned);
      return bits.toNumber(Boolean(unsigned));
    };
    function merge(dst, src, ifNotSet) {
      for (var keys = Object.keys(src), i = 0; i < keys.length; ++i)
        if (dst[keys[i]] === void 0 || !ifNotSet)
          dst[keys[i]] = src[keys[i]];
      return dst;
    }
    util.merge = merge;
    util.lcFirst = function lcFirst(str) {
      return str.charAt(0).toLowerCase() + str.substring(1);
    };
    function newError(name) {
      function CustomError(message, properties) {
        if (!(this instanceof CustomError))
          return new CustomError(message, properties);
        Object.defineProperty(this, "message", { get: function() {
          return message;
        } });
        if (Error.captureStackTrace)
          Error.captureStackTrace(this, CustomError);
        else
          Object.defineProperty(this, "stack", { value: new Error().stack || "" });
        if (properties)
          merge(this, properties);
      }
      (CustomError.prototype = Object.create(Error.prototype)).constructor = CustomError;
      Object.defineProperty(CustomError.prototype, "name", { get: function() {
        return name;
      } });
      CustomError.prototype.toString = function toString() {
        return this.name + ": " + this.message;
      };
      return CustomError;
    }
    util.newError = newError;
    util.ProtocolError = newError("ProtocolError");
    util.oneOfGetter = function getOneOf(fieldNames) {
      var fieldMap = {};
      for (var i = 0; i < fieldNames.length; ++i)
        fieldMap[fieldNames[i]] = 1;
      return function() {
        for (var keys = Object.keys(this), i2 = keys.length - 1; i2 > -1; --i2)
          if (fieldMap[keys[i2]] === 1 && this[keys[i2]] !== void 0 && this[keys[i2]] !== null)
            return keys[i2];
      };
    };
    util.oneOfSetter = function setOneOf(fieldNames) {
      return function(name) {
        for (var i = 0; i < fieldNames.length; ++i)
          if (fieldNames[i] !== name)
            delete this[fieldNames[i]];
      };
    };
    util.toJSONOptions = {
      longs: String,
      enums: String,
      bytes: String,
      json: true
    };
    util._configure = function() {
      var Buffer2 = util.Buffer;
      if (!Buffer2) {
        util._Buffer_from = util._Buffer_allocUnsafe = null;
        return;
      }
      util._Buffer_from = Buffer2.from !== Uint8Array.from && Buffer2.from || /* istanbul ignore next */
      function Buffer_from(value, encoding) {
        return new Buffer2(value, encoding);
      };
      util._Buffer_allocUnsafe = Buffer2.allocUnsafe || /* istanbul ignore next */
      function Buffer_allocUnsafe(size2) {
        return new Buffer2(size2);
      };
    };
  }
});

// node_modules/protobufjs/src/writer.js
var require_writer = __commonJS({
  "node_modules/protobufjs/src/writer.js"(exports, module) {
    "use strict";
    module.exports = Writer;
    var util = require_minimal();
    var BufferWriter;
    var LongBits = util.LongBits;
    var base64 = util.base64;
    var utf8 = util.utf8;
    function Op(fn, len, val) {
      this.fn = fn;
      this.len = len;
      this.next = void 0;
      this.val = val;
    }
    function noop() {
    }
    function State(writer) {
      this.head = writer.head;
      this.tail = writer.tail;
      this.len = writer.len;
      this.next = writer.states;
    }
    function Writer() {
      this.len = 0;
      this.head = new Op(noop, 0, 0);
      this.tail = this.head;
      this.states = null;
    }
    var create = function create2() {
      return util.Buffer ? function create_buffer_setup() {
        return (Writer.create = function create_buffer() {
          return new BufferWriter();
        })();
      } : function create_array() {
        return new Writer();
      };
    };
    Writer.create = create();
    Writer.alloc = function alloc(size2) {
      return new util.Array(size2);
    };
    if (util.Array !== Array)
      Writer.alloc = util.pool(Writer.alloc, util.Array.prototype.subarray);
    Writer.prototype._push = function push(fn, len, val) {
      this.tail = this.tail.next = new Op(fn, len, val);
      this.len += len;
      return this;
    };
    function writeByte(val, buf, pos) {
      buf[pos] = val & 255;
    }
    function writeVarint32(val, buf, pos) {
      while (val > 127) {
        buf[pos++] = val & 127 | 128;
        val >>>= 7;
      }
      buf[pos] = val;
    }
    function VarintOp(len, val) {
      this.len = len;
      this.next = void 0;
      this.val = val;
    }
    VarintOp.prototype = Object.create(Op.prototype);
    VarintOp.prototype.fn = writeVarint32;
    Writer.prototype.uint32 = function write_uint32(value) {
      this.len += (this.tail = this.tail.next = new VarintOp(
        (value = value >>> 0) < 128 ? 1 : value < 16384 ? 2 : value < 2097152 ? 3 : value < 268435456 ? 4 : 5,
        value
      )).len;
      return this;
    };
    Writer.prototype.int32 = function write_int32(value) {
      return value < 0 ? this._push(writeVarint64, 10, LongBits.fromNumber(value)) : this.uint32(value);
    };
    Writer.prototype.sint32 = function write_sint32(value) {
      return this.uint32((value << 1 ^ value >> 31) >>> 0);
    };
    function writeVarint64(val, buf, pos) {
      while (val.hi) {
        buf[pos++] = val.lo & 127 | 128;
        val.lo = (val.lo >>> 7 | val.hi << 25) >>> 0;
        val.hi >>>= 7;
      }
      while (val.lo > 127) {
        buf[pos++] = val.lo & 127 | 128;
        val.lo = val.lo >>> 7;
      }
      buf[pos++] = val.lo;
    }
    Writer.prototype.uint64 = function write_uint64(value) {
      var bits = LongBits.from(value);
      return this._push(writeVarint64, bits.length(), bits);
    };
    Writer.prototype.int64 = Writer.prototype.uint64;
    Writer.prototype.sint64 = function write_sint64(value) {
      var bits = LongBits.from(value).zzEncode();
      return this._push(writeVarint64, bits.length(), bits);
    };
    Writer.prototype.bool = function write_bool(value) {
      return this._push(writeByte, 1, value ? 1 : 0);
    };
    function writeFixed32(val, buf, pos) {
      buf[pos] = val & 255;
      buf[pos + 1] = val >>> 8 & 255;
      buf[pos + 2] = val >>> 16 & 255;
      buf[pos + 3] = val >>> 24;
    }
    Writer.prototype.fixed32 = function write_fixed32(value) {
      return this._push(writeFixed32, 4, value >>> 0);
    };
    Writer.prototype.sfixed32 = Writer.prototype.fixed32;
    Writer.prototype.fixed64 = function write_fixed64(value) {
      var bits = LongBits.from(value);
      return this._push(writeFixed32, 4, bits.lo)._push(writeFixed32, 4, bits.hi);
    };
    Writer.prototype.sfixed64 = Writer.prototype.fixed64;
    Writer.prototype.float = function write_float(value) {
      return this._push(util.float.writeFloatLE, 4, value);
    };
    Writer.prototype.double = function write_double(value) {
      return this._push(util.float.writeDoubleLE, 8, value);
    };
    var writeBytes = util.Array.prototype.set ? function writeBytes_set(val, buf, pos) {
      buf.set(val, pos);
    } : function writeBytes_for(val, buf, pos) {
      for (var i = 0; i < val.length; ++i)
        buf[pos + i] = val[i];
    };
    Writer.prototype.bytes = function write_bytes(value) {
      var len = value.length >>> 0;
      if (!len)
        return this._push(writeByte, 1, 0);
      if (util.isString(value)) {
        var buf = Writer.alloc(len = base64.length(value));
        base64.decode(value, buf, 0);
        value = buf;
      }
      return this.uint32(len)._push(writeBytes, len, value);
    };
    Writer.prototype.string = function write_string(value) {
      var len = utf8.length(value);
      return len ? this.uint32(len)._push(utf8.write, len, value) : this._push(writeByte, 1, 0);
    };
    Writer.prototype.fork = function fork() {
      this.states = new State(this);
      this.head = this.tail = new Op(noop, 0, 0);
      this.len = 0;
      return this;
    };
    Writer.prototype.reset = function reset() {
      if (this.states) {
        this.head = this.states.head;
        this.tail = this.states.tail;
        this.len = this.states.len;
        this.states = this.states.next;
      } else {
        this.head = this.tail = new Op(noop, 0, 0);
        this.len = 0;
      }
      return this;
    };
    Writer.prototype.ldelim = function ldelim() {
      var head2 = this.head, tail = this.tail, len = this.len;
      this.reset().uint32(len);
      if (len) {
        this.tail.next = head2.next;
        this.tail = tail;
        this.len += len;
      }
      return this;
    };
    Writer.prototype.finish = function finish() {
      var head2 = this.head.next, buf = this.constructor.alloc(this.len), pos = 0;
      while (head2) {
        head2.fn(head2.val, buf, pos);
        pos += head2.len;
        head2 = head2.next;
      }
      return buf;
    };
    Writer._configure = function(BufferWriter_) {
      BufferWriter = BufferWriter_;
      Writer.create = create();
      BufferWriter._configure();
    };
  }
});

// node_modules/protobufjs/src/writer_buffer.js
var require_writer_buffer = __commonJS({
  "node_modules/protobufjs/src/writer_buffer.js"(exports, module) {
    "use strict";
    module.exports = BufferWriter;
    var Writer = require_writer();
    (BufferWriter.prototype = Object.create(Writer.prototype)).constructor = BufferWriter;
    var util = require_minimal();
    function BufferWriter() {
      Writer.call(this);
    }
    BufferWriter._configure = function() {
      BufferWriter.alloc = util._Buffer_allocUnsafe;
      BufferWriter.writeBytesBuffer = util.Buffer && util.Buffer.prototype instanceof Uint8Array && util.Buffer.prototype.set.name === "set" ? function writeBytesBuffer_set(val, buf, pos) {
        buf.set(val, pos);
      } : function writeBytesBuffer_copy(val, buf, pos) {
        if (val.copy)
          val.copy(buf, pos, 0, val.length);
        else for (var i = 0; i < val.length; )
          buf[pos++] = val[i++];
      };
    };
    BufferWriter.prototype.bytes = function write_bytes_buffer(value) {
      if (util.isString(value))
        value = util._Buffer_from(value, "base64");
      var len = value.length >>> 0;
      this.uint32(len);
      if (len)
        this._push(BufferWriter.writeBytesBuffer, len, value);
      return this;
    };
    function writeStringBuffer(val, buf, pos) {
      if (val.length < 40)
        util.utf8.write(val, buf, pos);
      else if (buf.utf8Write)
        buf.utf8Write(val, pos);
      else
        buf.write(val, pos);
    }
    BufferWriter.prototype.string = function write_string_buffer(value) {
      var len = util.Buffer.byteLength(value);
      this.uint32(len);
      if (len)
        this._push(writeStringBuffer, len, value);
      return this;
    };
    BufferWriter._configure();
  }
});

// node_modules/protobufjs/src/reader.js
var require_reader = __commonJS({
  "node_modules/protobufjs/src/reader.js"(exports, module) {
    "use strict";
    module.exports = Reader;
    var util = require_minimal();
    var BufferReader;
    var LongBits = util.LongBits;
    var utf8 = util.utf8;
    function indexOutOfRange(reader, writeLength) {
      return RangeError("index out of range: " + reader.pos + " + " + (writeLength || 1) + " > " + reader.len);
    }
    function Reader(buffer) {
      this.buf = buffer;
      this.pos = 0;
      this.len = buffer.length;
    }
    var create_array = typeof Uint8Array !== "undefined" ? function create_typed_array(buffer) {
      if (buffer instanceof Uint8Array || Array.isArray(buffer))
        return new Reader(buffer);
      throw Error("illegal buffer");
    } : function create_array2(buffer) {
      if (Array.isArray(buffer))
        return new Reader(buffer);
      throw Error("illegal buffer");
    };
    var create = function create2() {
      return util.Buffer ? function create_buffer_setup(buffer) {
        return (Reader.create = function create_buffer(buffer2) {
          return util.Buffer.isBuffer(buffer2) ? new BufferReader(buffer2) : create_array(buffer2);
        })(buffer);
      } : create_array;
    };
    Reader.create = create();
    Reader.prototype._slice = util.Array.prototype.subarray || /* istanbul ignore next */
    util.Array.prototype.slice;
    Reader.prototype.uint32 = /* @__PURE__ */ (function read_uint32_setup() {
      var value = 4294967295;
      return function read_uint32() {
        value = (this.buf[this.pos] & 127) >>> 0;
        if (this.buf[this.pos++] < 128) return value;
        value = (value | (this.buf[this.pos] & 127) << 7) >>> 0;
        if (this.buf[this.pos++] < 128) return value;
        value = (value | (this.buf[this.pos] & 127) << 14) >>> 0;
        if (this.buf[this.pos++] < 128) return value;
        value = (value | (this.buf[this.pos] & 127) << 21) >>> 0;
        if (this.buf[this.pos++] < 128) return value;
        value = (value | (this.buf[this.pos] & 15) << 28) >>> 0;
        if (this.buf[this.pos++] < 128) return value;
        if ((this.pos += 5) > this.len) {
          this.pos = this.len;
          throw indexOutOfRange(this, 10);
        }
        return value;
      };
    })();
    Reader.prototype.int32 = function read_int32() {
      return this.uint32() | 0;
    };
    Reader.prototype.sint32 = function read_sint32() {
      var value = this.uint32();
      return value >>> 1 ^ -(value & 1) | 0;
    };
    function readLongVarint() {
      var bits = new LongBits(0, 0);
      var i = 0;
      if (this.len - this.pos > 4) {
        for (; i < 4; ++i) {
          bits.lo = (bits.lo | (this.buf[this.pos] & 127) << i * 7) >>> 0;
          if (this.buf[this.pos++] < 128)
            return bits;
        }
        bits.lo = (bits.lo | (this.buf[this.pos] & 127) << 28) >>> 0;
        bits.hi = (bits.hi | (this.buf[this.pos] & 127) >> 4) >>> 0;
        if (this.buf[this.pos++] < 128)
          return bits;
        i = 0;
      } else {
        for (; i < 3; ++i) {
          if (this.pos >= this.len)
            throw indexOutOfRange(this);
          bits.lo = (bits.lo | (this.buf[this.pos] & 127) << i * 7) >>> 0;
          if (this.buf[this.pos++] < 128)
            return bits;
        }
        bits.lo = (bits.lo | (this.buf[this.pos++] & 127) << i * 7) >>> 0;
        return bits;
      }
      if (this.len - this.pos > 4) {
        for (; i < 5; ++i) {
          bits.hi = (bits.hi | (this.buf[this.pos] & 127) << i * 7 + 3) >>> 0;
          if (this.buf[this.pos++] < 128)
            return bits;
        }
      } else {
        for (; i < 5; ++i) {
          if (this.pos >= this.len)
            throw indexOutOfRange(this);
          bits.hi = (bits.hi | (this.buf[this.pos] & 127) << i * 7 + 3) >>> 0;
          if (this.buf[this.pos++] < 128)
            return bits;
        }
      }
      throw Error("invalid varint encoding");
    }
    Reader.prototype.bool = function read_bool() {
      return this.uint32() !== 0;
    };
    function readFixed32_end(buf, end) {
      return (buf[end - 4] | buf[end - 3] << 8 | buf[end - 2] << 16 | buf[end - 1] << 24) >>> 0;
    }
    Reader.prototype.fixed32 = function read_fixed32() {
      if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);
      return readFixed32_end(this.buf, this.pos += 4);
    };
    Reader.prototype.sfixed32 = function read_sfixed32() {
      if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);
      return readFixed32_end(this.buf, this.pos += 4) | 0;
    };
    function readFixed64() {
      if (this.pos + 8 > this.len)
        throw indexOutOfRange(this, 8);
      return new LongBits(readFixed32_end(this.buf, this.pos += 4), readFixed32_end(this.buf, this.pos += 4));
    }
    Reader.prototype.float = function read_float() {
      if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);
      var value = util.float.readFloatLE(this.buf, this.pos);
      this.pos += 4;
      return value;
    };
    Reader.prototype.double = function read_double() {
      if (this.pos + 8 > this.len)
        throw indexOutOfRange(this, 4);
      var value = util.float.readDoubleLE(this.buf, this.pos);
      this.pos += 8;
      return value;
    };
    Reader.prototype.bytes = function read_bytes() {
      var length = this.uint32(), start = this.pos, end = this.pos + length;
      if (end > this.len)
        throw indexOutOfRange(this, length);
      this.pos += length;
      if (Array.isArray(this.buf))
        return this.buf.slice(start, end);
      return start === end ? new this.buf.constructor(0) : this._slice.call(this.buf, start, end);
    };
    Reader.prototype.string = function read_string() {
      var bytes2 = this.bytes();
      return utf8.read(bytes2, 0, bytes2.length);
    };
    Reader.prototype.skip = function skip(length) {
      if (typeof length === "number") {
        if (this.pos + length > this.len)
          throw indexOutOfRange(this, length);
        this.pos += length;
      } else {
        do {
          if (this.pos >= this.len)
            throw indexOutOfRange(this);
        } while (this.buf[this.pos++] & 128);
      }
      return this;
    };
    Reader.prototype.skipType = function(wireType) {
      switch (wireType) {
        case 0:
          this.skip();
          break;
        case 1:
          this.skip(8);
          break;
        case 2:
          this.skip(this.uint32());
          break;
        case 3:
          while ((wireType = this.uint32() & 7) !== 4) {
            this.skipType(wireType);
          }
          break;
        case 5:
          this.skip(4);
          break;
        /* istanbul ignore next */
        default:
          throw Error("invalid wire type " + wireType + " at offset " + this.pos);
      }
      return this;
    };
    Reader._configure = function(BufferReader_) {
      BufferReader = BufferReader_;
      Reader.create = create();
      BufferReader._configure();
      var fn = util.Long ? "toLong" : (
        /* istanbul ignore next */
        "toNumber"
      );
      util.merge(Reader.prototype, {
        int64: function read_int64() {
          return readLongVarint.call(this)[fn](false);
        },
        uint64: function read_uint64() {
          return readLongVarint.call(this)[fn](true);
        },
        sint64: function read_sint64() {
          return readLongVarint.call(this).zzDecode()[fn](false);
        },
        fixed64: function read_fixed64() {
          return readFixed64.call(this)[fn](true);
        },
        sfixed64: function read_sfixed64() {
          return readFixed64.call(this)[fn](false);
        }
      });
    };
  }
});

// node_modules/protobufjs/src/reader_buffer.js
var require_reader_buffer = __commonJS({
  "node_modules/protobufjs/src/reader_buffer.js"(exports, module) {
    "use strict";
    module.exports = BufferReader;
    var Reader = require_reader();
    (BufferReader.prototype = Object.create(Reader.prototype)).constructor = BufferReader;
    var util = require_minimal();
    function BufferReader(buffer) {
      Reader.call(this, buffer);
    }
    BufferReader._configure = function() {
      if (util.Buffer)
        BufferReader.prototype._slice = util.Buffer.prototype.slice;
    };
    BufferReader.prototype.string = function read_string_buffer() {
      var len = this.uint32();
      return this.buf.utf8Slice ? this.buf.utf8Slice(this.pos, this.pos = Math.min(this.pos + len, this.len)) : this.buf.toString("utf-8", this.pos, this.pos = Math.min(this.pos + len, this.len));
    };
    BufferReader._configure();
  }
});

// node_modules/protobufjs/src/rpc/service.js
var require_service = __commonJS({
  "node_modules/protobufjs/src/rpc/service.js"(exports, module) {
    "use strict";
    module.exports = Service;
    var util = require_minimal();
    (Service.prototype = Object.create(util.EventEmitter.prototype)).constructor = Service;
    function Service(rpcImpl, requestDelimited, responseDelimited) {
      if (typeof rpcImpl !== "function")
        throw TypeError("rpcImpl must be a function");
      util.EventEmitter.call(this);
      this.rpcImpl = rpcImpl;
      this.requestDelimited = Boolean(requestDelimited);
      this.responseDelimited = Boolean(responseDelimited);
    }
    Service.prototype.rpcCall = function rpcCall(method, requestCtor, responseCtor, request, callback) {
      if (!request)
        throw TypeError("request must be specified");
      var self2 = this;
      if (!callback)
        return util.asPromise(rpcCall, self2, method, requestCtor, responseCtor, request);
      if (!self2.rpcImpl) {
        setTimeout(function() {
          callback(Error("already ended"));
        }, 0);
        return void 0;
      }
      try {
        return self2.rpcImpl(
          method,
          requestCtor[self2.requestDelimited ? "encodeDelimited" : "encode"](request).finish(),
          function rpcCallback(err, response) {
            if (err) {
              self2.emit("error", err, method);
              return callback(err);
            }
            if (response === null) {
              self2.end(
                /* endedByRPC */
                true
              );
              return void 0;
            }
            if (!(response instanceof responseCtor)) {
              try {
                response = responseCtor[self2.responseDelimited ? "decodeDelimited" : "decode"](response);
              } catch (err2) {
                self2.emit("error", err2, method);
                return callback(err2);
              }
            }
            self2.emit("data", response, method);
            return callback(null, response);
          }
        );
      } catch (err) {
        self2.emit("error", err, method);
        setTimeout(function() {
          callback(err);
        }, 0);
        return void 0;
      }
    };
    Service.prototype.end = function end(endedByRPC) {
      if (this.rpcImpl) {
        if (!endedByRPC)
          this.rpcImpl(null, null, null);
        this.rpcImpl = null;
        this.emit("end").off();
      }
      return this;
    };
  }
});

// node_modules/protobufjs/src/rpc.js
var require_rpc = __commonJS({
  "node_modules/protobufjs/src/rpc.js"(exports) {
    "use strict";
    var rpc = exports;
    rpc.Service = require_service();
  }
});

// node_modules/protobufjs/src/roots.js
var require_roots = __commonJS({
  "node_modules/protobufjs/src/roots.js"(exports, module) {
    "use strict";
    module.exports = {};
  }
});

// node_modules/protobufjs/src/index-minimal.js
var require_index_minimal = __commonJS({
  "node_modules/protobufjs/src/index-minimal.js"(exports) {
    "use strict";
    var protobuf = exports;
    protobuf.build = "minimal";
    protobuf.Writer = require_writer();
    protobuf.BufferWriter = require_writer_buffer();
    protobuf.Reader = require_reader();
    protobuf.BufferReader = require_reader_buffer();
    protobuf.util = require_minimal();
    protobuf.rpc = require_rpc();
    protobuf.roots = require_roots();
    protobuf.configure = configure;
    function configure() {
      protobuf.util._configure();
      protobuf.Writer._configure(protobuf.BufferWriter);
      protobuf.Reader._configure(protobuf.BufferReader);
    }
    configure();
  }
});

// node_modules/protobufjs/minimal.js
var require_minimal2 = __commonJS({
  "node_modules/protobufjs/minimal.js"(exports, module) {
    "use strict";
    module.exports = require_index_minimal();
  }
});

// node_modules/onnx-proto/dist/onnx.js
var require_onnx = __commonJS({
  "node_modules/onnx-proto/dist/onnx.js"(exports, module) {
    "use strict";
    var $protobuf = require_minimal2();
    var $Reader = $protobuf.Reader;
    var $Writer = $protobuf.Writer;
    var $util = $protobuf.util;
    var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});
    $root.onnx = (function() {
      var onnx7 = {};
      onnx7.Version = (function() {
        var valuesById = {}, values = Object.create(valuesById);
        values[valuesById[0] = "_START_VERSION"] = 0;
        values[valuesById[1] = "IR_VERSION_2017_10_10"] = 1;
        values[valuesById[2] = "IR_VERSION_2017_10_30"] = 2;
        values[valuesById[3] = "IR_VERSION_2017_11_3"] = 3;
        values[valuesById[4] = "IR_VERSION_2019_1_22"] = 4;
        values[valuesById[5] = "IR_VERSION_2019_3_18"] = 5;
        values[valuesById[6] = "IR_VERSION_2019_9_19"] = 6;
        values[valuesById[7] = "IR_VERSION_2020_5_8"] = 7;
        values[valuesById[8] = "IR_VERSION"] = 8;
        return values;
      })();
      onnx7.AttributeProto = (function() {
        function AttributeProto(properties) {
          this.floats = [];
          this.ints = [];
          this.strings = [];
          this.tensors = [];
          this.graphs = [];
          this.sparseTensors = [];
          this.typeProtos = [];
          if (properties) {
            for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
              if (properties[keys[i]] != null)
                this[keys[i]] = properties[keys[i]];
          }
        }
        AttributeProto.prototype.name = "";
        AttributeProto.prototype.refAttrName = "";
        AttributeProto.prototype.docString = "";
        AttributeProto.prototype.type = 0;
        AttributeProto.prototype.f = 0;
        AttributeProto.prototype.i = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
        AttributeProto.prototype.s = $util.newBuffer([]);
        AttributeProto.prototype.t = null;
        AttributeProto.prototype.g = null;
        AttributeProto.prototype.sparseTensor = null;
        AttributeProto.prototype.tp = null;
        AttributeProto.prototype.floats = $util.emptyArray;
        AttributeProto.prototype.ints = $util.emptyArray;
        AttributeProto.prototype.strings = $util.emptyArray;
        AttributeProto.prototype.tensors = $util.emptyArray;
        AttributeProto.prototype.graphs = $util.emptyArray;
        AttributeProto.prototype.sparseTensors = $util.emptyArray;
        AttributeProto.prototype.typeProtos = $util.emptyArray;
        AttributeProto.create = function create(properties) {
          return new AttributeProto(properties);
        };
        AttributeProto.encode = function encode(message, writer) {
          if (!writer)
            writer = $Writer.create();
          if (message.name != null && Object.hasOwnProperty.call(message, "name"))
            writer.uint32(
              /* id 1, wireType 2 =*/
              10
            ).string(message.name);
          if (message.f != null && Object.hasOwnProperty.call(message, "f"))
            writer.uint32(
              /* id 2, wireType 5 =*/
              21
            ).float(message.f);
          if (message.i != null && Object.hasOwnProperty.call(message, "i"))
            writer.uint32(
              /* id 3, wireType 0 =*/
              24
            ).int64(message.i);
          if (message.s != null && Object.hasOwnProperty.call(message, "s"))
            writer.uint32(
              /* id 4, wireType 2 =*/
              34
            ).bytes(message.s);
          if (message.t != null && Object.hasOwnProperty.call(message, "t"))
            $root.onnx.TensorProto.encode(message.t, writer.uint32(
              /* id 5, wireType 2 =*/
              42
            ).fork()).ldelim();
          if (message.g != null && Object.hasOwnProperty.call(message, "g"))
            $root.onnx.GraphProto.encode(message.g, writer.uint32(
              /* id 6, wireType 2 =*/
              50
            ).fork()).ldelim();
          if (message.floats != null && message.floats.length) {
            writer.uint32(
              /* id 7, wireType 2 =*/
              58
            ).fork();
            for (var i = 0; i < message.floats.length; ++i)
              writer.float(message.floats[i]);
            writer.ldelim();
          }
          if (message.ints != null && message.ints.length) {
            writer.uint32(
              /* id 8, wireType 2 =*/
              66
            ).fork();
            for (var i = 0; i < message.ints.length; ++i)
              writer.int64(message.ints[i]);
            writer.ldelim();
          }
          if (message.strings != null && message.strings.length)
            for (var i = 0; i < message.strings.length; ++i)
              writer.uint32(
                /* id 9, wireType 2 =*/
                74
              ).bytes(message.strings[i]);
          if (message.tensors != null && message.tensors.length)
            for (var i = 0; i < message.tensors.length; ++i)
              $root.onnx.TensorProto.encode(message.tensors[i], writer.uint32(
                /* id 10, wireType 2 =*/
                82
              ).fork()).ldelim();
          if (message.graphs != null && message.graphs.length)
            for (var i = 0; i < message.graphs.length; ++i)
              $root.onnx.GraphProto.encode(message.graphs[i], writer.uint32(
                /* id 11, wireType 2 =*/
                90
              ).fork()).ldelim();
          if (message.docString != null && Object.hasOwnProperty.call(message, "docString"))
            writer.uint32(
              /* id 13, wireType 2 =*/
              106
            ).string(message.docString);
          if (message.tp != null && Object.hasOwnProperty.call(message, "tp"))
            $root.onnx.TypeProto.encode(message.tp, writer.uint32(
              /* id 14, wireType 2 =*/
              114
            ).fork()).ldelim();
          if (message.typeProtos != null && message.typeProtos.length)
            for (var i = 0; i < message.typeProtos.length; ++i)
              $root.onnx.TypeProto.encode(message.typeProtos[i], writer.uint32(
                /* id 15, wireType 2 =*/
                122
              ).fork()).ldelim();
          if (message.type != null && Object.hasOwnProperty.call(message, "type"))
            writer.uint32(
              /* id 20, wireType 0 =*/
              160
            ).int32(message.type);
          if (message.refAttrName != null && Object.hasOwnProperty.call(message, "refAttrName"))
            writer.uint32(
              /* id 21, wireType 2 =*/
              170
            ).string(message.refAttrName);
          if (message.sparseTensor != null && Object.hasOwnProperty.call(message, "sparseTensor"))
            $root.onnx.SparseTensorProto.encode(message.sparseTensor, writer.uint32(
              /* id 22, wireType 2 =*/
              178
            ).fork()).ldelim();
          if (message.sparseTensors != null && message.sparseTensors.length)
            for (var i = 0; i < message.sparseTensors.length; ++i)
              $root.onnx.SparseTensorProto.encode(message.sparseTensors[i], writer.uint32(
                /* id 23, wireType 2 =*/
                186
              ).fork()).ldelim();
          return writer;
        };
        AttributeProto.encodeDelimited = function encodeDelimited(message, writer) {
          return this.encode(message, writer).ldelim();
        };
        AttributeProto.decode = function decode(reader, length) {
          if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
          var end = length === void 0 ? reader.len : reader.pos + length, message = new $root.onnx.AttributeProto();
          while (reader.pos < end) {
            var tag = reader.uint32();
            switch (tag >>> 3) {
              case 1:
                message.name = reader.string();
                break;
              case 21:
                message.refAttrName = reader.string();
                break;
              case 13:
                message.docString = reader.string();
                break;
              case 20:
                message.type = reader.int32();
                break;
              case 2:
                message.f = reader.float();
                break;
              case 3:
                message.i = reader.int64();
                break;
              case 4:
                message.s = reader.bytes();
                break;
              case 5:
                message.t = $root.onnx.TensorProto.decode(reader, reader.uint32());
                break;
              case 6:
                message.g = $root.onnx.GraphProto.decode(reader, reader.uint32());
                break;
              case 22:
                message.sparseTensor = $root.onnx.SparseTensorProto.decode(reader, reader.uint32());
                break;
              case 14:
                message.tp = $root.onnx.TypeProto.decode(reader, reader.uint32());
                break;
              case 7:
                if (!(message.floats && message.floats.length))
                  message.floats = [];
                if ((tag & 7) === 2) {
                  var end2 = reader.uint32() + reader.pos;
                  while (reader.pos < end2)
                    message.floats.push(reader.float());
                } else
                  message.floats.push(reader.float());
                break;
              case 8:
                if (!(message.ints && message.ints.length))
                  message.ints = [];
                if ((tag & 7) === 2) {
                  var end2 = reader.uint32() + reader.pos;
                  while (reader.pos < end2)
                    message.ints.push(reader.int64());
                } else
                  message.ints.push(reader.int64());
                break;
              case 9:
                if (!(message.strings && message.strings.length))
                  message.strings = [];
                message.strings.push(reader.bytes());
                break;
              case 10:
                if (!(message.tensors && message.tensors.length))
                  message.tensors = [];
                message.tensors.push($root.onnx.TensorProto.decode(reader, reader.uint32()));
                break;
              case 11:
                if (!(message.graphs && message.graphs.length))
                  message.graphs = [];
                message.graphs.push($root.onnx.GraphProto.decode(reader, reader.uint32()));
                break;
              case 23:
                if (!(message.sparseTensors && message.sparseTensors.length))
                  message.sparseTensors = [];
                message.sparseTensors.push($root.onnx.SparseTensorProto.decode(reader, reader.uint32()));
                break;
              case 15:
                if (!(message.typeProtos && message.typeProtos.length))
                  message.typeProtos = [];
                message.typeProtos.push($root.onnx.TypeProto.decode(reader, reader.uint32()));
                break;
              default:
                reader.skipType(tag & 7);
                break;
            }
          }
          return message;
        };
        AttributeProto.decodeDelimited = function decodeDelimited(reader) {
          if (!(reader instanceof $Reader))
            reader = new $Reader(reader);
          return this.decode(reader, reader.uint32());
        };
        AttributeProto.verify = function verify(message) {
          if (typeof message !== "object" || message === null)
            return "object expected";
          if (message.name != null && message.hasOwnProperty("name")) {
            if (!$util.isString(message.name))
              return "name: string expected";
          }
          if (message.refAttrName != null && message.hasOwnProperty("refAttrName")) {
            if (!$util.isString(message.refAttrName))
              return "refAttrName: string expected";
          }
          if (message.docString != null && message.hasOwnProperty("docString")) {
            if (!$util.isString(message.docString))
              return "docString: string expected";
          }
          if (message.type != null && message.hasOwnProperty("type"))
            switch (message.type) {
              default:
                return "type: enum value expected";
              case 0:
              case 1:
              case 2:
              case 3:
              case 4:
              case 5:
              case 11:
              case 13:
              case 6:
              case 7:
              case 8:
              case 9:
              case 10:
              case 12:
              case 14:
                break;
            }
          if (message.f != null && message.hasOwnProperty("f")) {
            if (typeof message.f !== "number")
              return "f: number expected";
          }
          if (message.i != null && message.hasOwnProperty("i")) {
            if (!$util.isInteger(message.i) && !(message.i && $util.isInteger(message.i.low) && $util.isInteger(message.i.high)))
              return "i: integer|Long expected";
          }
          if (message.s != null && message.hasOwnProperty("s")) {
            if (!(message.s && typeof message.s.length === "number" || $util.isString(message.s)))
              return "s: buffer expected";
          }
          if (message.t != null && message.hasOwnProperty("t")) {
            var error = $root.onnx.TensorProto.verify(message.t);
            if (error)
              return "t." + error;
          }
          if (message.g != null && message.hasOwnProperty("g")) {
            var error = $root.onnx.GraphProto.verify(message.g);
            if (error)
              return "g." + error;
          }
          if (message.sparseTensor != null && message.hasOwnProperty("sparseTensor")) {
            var error = $root.onnx.SparseTensorProto.verify(message.sparseTensor);
            if (error)
              return "sparseTensor." + error;
          }
          if (message.tp != null && message.hasOwnProperty("tp")) {
            var error = $root.onnx.TypeProto.verify(message.tp);
            if (error)
              return "tp." + error;
          }
          if (message.floats != null && message.hasOwnProperty("floats")) {
            if (!Array.isArray(message.floats))
              return "floats: array expected";
            for (var i = 0; i < message.floats.length; ++i)
              if (typeof message.floats[i] !== "number")
                return "floats: number[] expected";
          }
          if (message.ints != null && message.hasOwnProperty("ints")) {
            if (!Array.isArray(message.ints))
              return "ints: array expected";
            for (var i = 0; i < message.ints.length; ++i)
              if (!$util.isInteger(message.ints[i]) && !(message.ints[i] && $util.isInteger(message.ints[i].low) && $util.isInteger(message.ints[i].high)))
                return "ints: integer|Long[] expected";
          }
          if (message.strings != null && message.hasOwnProperty("strings")) {
            if (!Array.isArray(message.strings))
              return "strings: array expected";
            for (var i = 0; i < message.strings.length; ++i)
              if (!(message.strings[i] && typeof message.strings[i].length === "number" || $util.isString(message.strings[i])))
                return "strings: buffer[] expected";
          }
          if (message.tensors != null && message.hasOwnProperty("tensors")) {
            if (!Array.isArray(message.tensors))
              return "tensors: array expected";
            for (var i = 0; i < message.tensors.length; ++i) {
              var error = $root.onnx.TensorProto.verify(message.tensors[i]);
              if (error)
                return "tensors." + error;
            }
          }
          if (message.graphs != null && message.hasOwnProperty("graphs")) {
            if (!Array.isArray(message.graphs))
              return "graphs: array expected";
            for (var i = 0; i < message.graphs.length; ++i) {
              var error = $root.onnx.GraphProto.verify(message.graphs[i]);
              if (error)
                return "graphs." + error;
            }
          }
          if (message.sparseTensors != null && message.hasOwnProperty("sparseTensors")) {
            if (!Array.isArray(message.sparseTensors))
              return "sparseTensors: array expected";
            for (var i = 0; i < message.sparseTensors.length; ++i) {
              var error = $root.onnx.SparseTensorProto.verify(message.sparseTensors[i]);
              if (error)
                return "sparseTensors." + error;
            }
          }
          if (message.typeProtos != null && message.hasOwnProperty("typeProtos")) {
            if (!Array.isArray(message.typeProtos))
              return "typeProtos: array expected";
            for (var i = 0; i < message.typeProtos.length; ++i) {
              var error = $root.onnx.TypeProto.verify(message.typeProtos[i]);
              if (error)
                return "typeProtos." + error;
            }
          }
          return null;
        };
        AttributeProto.fromObject = function fromObject(object) {
          if (object instanceof $root.onnx.AttributeProto)
            return object;
          var message = new $root.onnx.AttributeProto();
          if (object.name != null)
            message.name = String(object.name);
          if (object.refAttrName != null)
            message.refAttrName = String(object.refAttrName);
          if (object.docString != null)
            message.docString = String(object.docString);
          switch (object.type) {
            case "UNDEFINED":
            case 0:
              message.type = 0;
              break;
            case "FLOAT":
            case 1:
              message.type = 1;
              break;
            case "INT":
            case 2:
              message.type = 2;
              break;
            case "STRING":
            case 3:
              message.type = 3;
              break;
            case "TENSOR":
            case 4:
              message.type = 4;
              break;
            case "GRAPH":
            case 5:
              message.type = 5;
              break;
            case "SPARSE_TENSOR":
            case 11:
              message.type = 11;
              break;
            case "TYPE_PROTO":
            case 13:
              message.type = 13;
              break;
            case "FLOATS":
            case 6:
              message.type = 6;
              break;
            case "INTS":
            case 7:
              message.type = 7;
              break;
            case "STRINGS":
            case 8:
              message.type = 8;
              break;
            case "TENSORS":
            case 9:
              message.type = 9;
              break;
            case "GRAPHS":
            case 10:
              message.type = 10;
              break;
            case "SPARSE_TENSORS":
            case 12:
              message.type = 12;
              break;
            case "TYPE_PROTOS":
            case 14:
              message.type = 14;
              break;
          }
          if (object.f != null)
            message.f = Number(object.f);
          if (object.i != null) {
            if ($util.Long)
              (message.i = $util.Long.fromValue(object.i)).unsigned = false;
            else if (typeof object.i === "string")
              message.i = parseInt(object.i, 10);
            else if (typeof object.i === "number")
              message.i = object.i;
            else if (typeof object.i === "object")
              message.i = new $util.LongBits(object.i.low >>> 0, object.i.high >>> 0).toNumber();
          }
          if (object.s != null) {
            if (typeof object.s === "string")
              $util.base64.decode(object.s, message.s = $util.newBuffer($util.base64.length(object.s)), 0);
            else if (object.s.length)
              message.s = object.s;
          }
          if (object.t != null) {
            if (typeof object.t !== "object")
              throw TypeError(".onnx.AttributeProto.t: object expected");
            message.t = $root.onnx.TensorProto.fromObject(object.t);
          }
          if (object.g != null) {
            if (typeof object.g !== "object")
              throw TypeError(".onnx.AttributeProto.g: object expected");
            message.g = $root.onnx.GraphProto.fromObject(object.g);
          }
          if (object.sparseTensor != null) {
            if (typeof object.sparseTensor !== "object")
              throw TypeError(".onnx.AttributeProto.sparseTensor: object expected");
            message.sparseTensor = $root.onnx.SparseTensorProto.fromObject(object.sparseTensor);
          }
          if (object.tp != null) {
            if (typeof object.tp !== "object")
              throw TypeError(".onnx.AttributeProto.tp: object expected");
            message.tp = $root.onnx.TypeProto.fromObject(object.tp);
          }
          if (object.floats) {
            if (!Array.isArray(object.floats))
              throw TypeError(".onnx.AttributeProto.floats: array expected");
            message.floats = [];
            for (var i = 0; i < object.floats.length; ++i)
              message.floats[i] = Number(object.floats[i]);
          }
          if (object.ints) {
            if (!Array.isArray(object.ints))
              throw TypeError(".onnx.AttributeProto.ints: array expected");
            message.ints = [];
            for (var i = 0; i < object.ints.length; ++i)
              if ($util.Long)
                (message.ints[i] = $util.Long.fromValue(object.ints[i])).unsigned = false;
              else if (typeof object.ints[i] === "string")
                message.ints[i] = parseInt(object.ints[i], 10);
              else if (typeof object.ints[i] === "number")
                message.ints[i] = object.ints[i];
              else if (typeof object.ints[i] === "object")
                message.ints[i] = new $util.LongBits(object.ints[i].low >>> 0, object.ints[i].high >>> 0).toNumber();
          }
          if (object.strings) {
            if (!Array.isArray(object.strings))
              throw TypeError(".onnx.AttributeProto.strings: array expected");
            message.strings = [];
            for (var i = 0; i < object.strings.length; ++i)
              if (typeof object.strings[i] === "string")
                $util.base64.decode(object.strings[i], message.strings[i] = $util.newBuffer($util.base64.length(object.strings[i])), 0);
              else if (object.strings[i].length)
                message.strings[i] = object.strings[i];
          }
          if (object.tensors) {
            if (!Array.isArray(object.tensors))
              throw TypeError(".onnx.AttributeProto.tensors: array expected");
            message.tensors = [];
            for (var i = 0; i < object.tensors.length; ++i) {
              if (typeof object.tensors[i] !== "object")
                throw TypeError(".onnx.AttributeProto.tensors: object expected");
              message.tensors[i] = $root.onnx.TensorProto.fromObject(object.tensors[i]);
            }
          }
          if (object.graphs) {
            if (!Array.isArray(object.graphs))
              throw TypeError(".onnx.AttributeProto.graphs: array expected");
            message.graphs = [];
            for (var i = 0; i < object.graphs.length; ++i) {
              if (typeof object.graphs[i] !== "object")
                throw TypeError(".onnx.AttributeProto.graphs: object expected");
              message.graphs[i] = $root.onnx.GraphProto.fromObject(object.graphs[i]);
            }
          }
          if (object.sparseTensors) {
            if (!Array.isArray(object.sparseTensors))
              throw TypeError(".onnx.AttributeProto.sparseTensors: array expected");
            message.sparseTensors = [];
            for (var i = 0; i < object.sparseTensors.length; ++i) {
              if (typeof object.sparseTensors[i] !== "object")
                throw TypeError(".onnx.AttributeProto.sparseTensors: object expected");
              message.sparseTensors[i] = $root.onnx.SparseTensorProto.fromObject(object.sparseTensors[i]);
            }
          }
          if (object.typeProtos) {
            if (!Array.isArray(object.typeProtos))
              throw TypeError(".onnx.AttributeProto.typeProtos: array expected");
            message.typeProtos = [];
            for (var i = 0; i < object.typeProtos.length; ++i) {
              if (typeof object.typeProtos[i] !== "object")
                throw TypeError(".onnx.AttributeProto.typeProtos: object expected");
              message.typeProtos[i] = $root.onnx.TypeProto.fromObject(object.typeProtos[i]);
            }
          }
          return message;
        };
        AttributeProto.toObject = function toObject(message, options) {
          if (!options)
            options = {};
          var object = {};
          if (options.arrays || options.defaults) {
            object.floats = [];
            object.ints = [];
            object.strings = [];
            object.tensors = [];
            object.graphs = [];
            object.typeProtos = [];
            object.sparseTensors = [];
          }
          if (options.defaults) {
            object.name = "";
            object.f = 0;
            if ($util.Long) {
              var long = new $util.Long(0, 0, false);
              object.i = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : long;
            } else
              object.i = options.longs === String ? "0" : 0;
            if (options.bytes === String)
              object.s = "";
            else {
              object.s = [];
              if (options.bytes !== Array)
                object.s = $util.newBuffer(object.s);
            }
            object.t = null;
            object.g = null;
            object.docString = "";
            object.tp = null;
            object.type = options.enums === String ? "UNDEFINED" : 0;
            object.refAttrName = "";
            object.sparseTensor = null;
          }
          if (message.name != null && message.hasOwnProperty("name"))
            object.name = message.name;
          if (message.f != null && message.hasOwnProperty("f"))
            object.f = options.json && !isFinite(message.f) ? String(message.f) : message.f;
          if (message.i != null && message.hasOwnProperty("i"))
            if (typeof message.i === "number")
              object.i = options.longs === String ? String(message.i) : message.i;
            else
              object.i = options.longs === String ? $util.Long.prototype.toString.call(message.i) : options.longs === Number ? new $util.LongBits(message.i.low >>> 0, message.i.high >>> 0).toNumber() : message.i;
          if (message.s != null && message.hasOwnProperty("s"))
            object.s = options.bytes === String ? $util.base64.encode(message.s, 0, message.s.length) : options.bytes === Array ? Array.prototype.slice.call(message.s) : message.s;
          if (message.t != null && message.hasOwnProperty("t"))
            object.t = $root.onnx.TensorProto.toObject(message.t, options);
          if (message.g != null && message.hasOwnProperty("g"))
            object.g = $root.onnx.GraphProto.toObject(message.g, options);
          if (message.floats && message.floats.length) {
            object.floats = [];
            for (var j = 0; j < message.floats.length; ++j)
              object.floats[j] = options.json && !isFinite(message.floats[j]) ? String(message.floats[j]) : message.floats[j];
          }
          if (message.ints && message.ints.length) {
            object.ints = [];
            for (var j = 0; j < message.ints.length; ++j)
              if (typeof message.ints[j] === "number")
                object.ints[j] = options.longs === String ? String(message.ints[j]) : message.ints[j];
              else
                object.ints[j] = options.longs === String ? $util.Long.prototype.toString.call(message.ints[j]) : options.longs === Number ? new $util.LongBits(message.ints[j].low >>> 0, message.ints[j].high >>> 0).toNumber() : message.ints[j];
          }
          if (message.strings && message.strings.length) {
            object.strings = [];
            for (var j = 0; j < message.strings.length; ++j)
              object.strings[j] = options.bytes === String ? $util.base64.encode(message.strings[j], 0, message.strings[j].length) : options.bytes === Array ? Array.prototype.slice.call(message.strings[j]) : message.strings[j];
          }
          if (message.tensors && message.tensors.length) {
            object.tensors = [];
            for (var j = 0; j < message.tensors.length; ++j)
              object.tensors[j] = $root.onnx.TensorProto.toObject(message.tensors[j], options);
          }
          if (message.graphs && message.graphs.length) {
            object.graphs = [];
            for (var j = 0; j < message.graphs.length; ++j)
              object.graphs[j] = $root.onnx.GraphProto.toObject(message.graphs[j], options);
          }
          if (message.docString != null && message.hasOwnProperty("docString"))
            object.docString = message.docString;
          if (message.tp != null && message.hasOwnProperty("tp"))
            object.tp = $root.onnx.TypeProto.toObject(message.tp, options);
          if (message.typeProtos && message.typeProtos.length) {
            object.typeProtos = [];
            for (var j = 0; j < message.typeProtos.length; ++j)
              object.typeProtos[j] = $root.onnx.TypeProto.toObject(message.typeProtos[j], options);
          }
          if (message.type != null && message.hasOwnProperty("type"))
            object.type = options.enums === String ? $root.onnx.AttributeProto.AttributeType[message.type] : message.type;
          if (message.refAttrName != null && message.hasOwnProperty("refAttrName"))
            object.refAttrName = message.refAttrName;
          if (message.sparseTensor != null && message.hasOwnProperty("sparseTensor"))
            object.sparseTensor = $root.onnx.SparseTensorProto.toObject(message.sparseTensor, options);
          if (message.sparseTensors && message.sparseTensors.length) {
            object.sparseTensors = [];
            for (var j = 0; j < message.sparseTensors.length; ++j)
              object.sparseTensors[j] = $root.onnx.SparseTensorProto.toObject(message.sparseTensors[j], options);
          }
          return object;
        };
        AttributeProto.prototype.toJSON = function toJSON() {
          return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };
        AttributeProto.AttributeType = (function() {
          var valuesById = {}, values = Object.create(valuesById);
          values[valuesById[0] = "UNDEFINED"] = 0;
          values[valuesById[1] = "FLOAT"] = 1;
          values[valuesById[2] = "INT"] = 2;
          values[valuesById[3] = "STRING"] = 3;
          values[valuesById[4] = "TENSOR"] = 4;
          values[valuesById[5] = "GRAPH"] = 5;
          values[valuesById[11] = "SPARSE_TENSOR"] = 11;
          values[valuesById[13] = "TYPE_PROTO"] = 13;
          values[valuesById[6] = "FLOATS"] = 6;
          values[valuesById[7] = "INTS"] = 7;
          values[valuesById[8] = "STRINGS"] = 8;
          values[valuesById[9] = "TENSORS"] = 9;
          values[valuesById[10] = "GRAPHS"] = 10;
          values[valuesById[12] = "SPARSE_TENSORS"] = 12;
          values[valuesById[14] = "TYPE_PROTOS"] = 14;
          return values;
        })();
        return AttributeProto;
      })();
      onnx7.ValueInfoProto = (function() {
        function ValueInfoProto(properties) {
          if (properties) {
            for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
              if (properties[keys[i]] != null)
                this[keys[i]] = properties[keys[i]];
          }
        }
        ValueInfoProto.prototype.name = "";
        ValueInfoProto.prototype.type = null;
        ValueInfoProto.prototype.docString = "";
        ValueInfoProto.create = function create(properties) {
          return new ValueInfoProto(properties);
        };
        ValueInfoProto.encode = function encode(message, writer) {
          if (!writer)
            writer = $Writer.create();
          if (message.name != null && Object.hasOwnProperty.call(message, "name"))
            writer.uint32(
              /* id 1, wireType 2 =*/
              10
            ).string(message.name);
          if (message.type != null && Object.hasOwnProperty.call(message, "type"))
            $root.onnx.TypeProto.encode(message.type, writer.uint32(
              /* id 2, wireType 2 =*/
              18
            ).fork()).ldelim();
          if (message.docString != null && Object.hasOwnProperty.call(message, "docString"))
            writer.uint32(
              /* id 3, wireType 2 =*/
              26
            ).string(message.docString);
          return writer;
        };
        ValueInfoProto.encodeDelimited = function encodeDelimited(message, writer) {
          return this.encode(message, writer).ldelim();
        };
        ValueInfoProto.decode = function decode(reader, length) {
          if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
          var end = length === void 0 ? reader.len : reader.pos + length, message = new $root.onnx.ValueInfoProto();
          while (reader.pos < end) {
            var tag = reader.uint32();
            switch (tag >>> 3) {
              case 1:
                message.name = reader.string();
                break;
              case 2:
                message.type = $root.onnx.TypeProto.decode(reader, reader.uint32());
                break;
              case 3:
                message.docString = reader.string();
                break;
              default:
                reader.skipType(tag & 7);
                break;
            }
          }
          return message;
        };
        ValueInfoProto.decodeDelimited = function decodeDelimited(reader) {
          if (!(reader instanceof $Reader))
            reader = new $Reader(reader);
          return this.decode(reader, reader.uint32());
        };
        ValueInfoProto.verify = function verify(message) {
          if (typeof message !== "object" || message === null)
            return "object expected";
          if (message.name != null && message.hasOwnProperty("name")) {
            if (!$util.isString(message.name))
              return "name: string expected";
          }
          if (message.type != null && message.hasOwnProperty("type")) {
            var error = $root.onnx.TypeProto.verify(message.type);
            if (error)
              return "type." + error;
          }
          if (message.docString != null && message.hasOwnProperty("docString")) {
            if (!$util.isString(message.docString))
              return "docString: string expected";
          }
          return null;
        };
        ValueInfoProto.fromObject = function fromObject(object) {
          if (object instanceof $root.onnx.ValueInfoProto)
            return object;
          var message = new $root.onnx.ValueInfoProto();
          if (object.name != null)
            message.name = String(object.name);
          if (object.type != null) {
            if (typeof object.type !== "object")
              throw TypeError(".onnx.ValueInfoProto.type: object expected");
            message.type = $root.onnx.TypeProto.fromObject(object.type);
          }
          if (object.docString != null)
            message.docString = String(object.docString);
          return message;
        };
        ValueInfoProto.toObject = function toObject(message, options) {
          if (!options)
            options = {};
          var object = {};
          if (options.defaults) {
            object.name = "";
            object.type = null;
            object.docString = "";
          }
          if (message.name != null && message.hasOwnProperty("name"))
            object.name = message.name;
          if (message.type != null && message.hasOwnProperty("type"))
            object.type = $root.onnx.TypeProto.toObject(message.type, options);
          if (message.docString != null && message.hasOwnProperty("docString"))
            object.docString = message.docString;
          return object;
        };
        ValueInfoProto.prototype.toJSON = function toJSON() {
          return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };
        return ValueInfoProto;
      })();
      onnx7.NodeProto = (function() {
        function NodeProto(properties) {
          this.input = [];
          this.output = [];
          this.attribute = [];
          if (properties) {
            for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
              if (properties[keys[i]] != null)
                this[keys[i]] = properties[keys[i]];
          }
        }
        NodeProto.prototype.input = $util.emptyArray;
        NodeProto.prototype.output = $util.emptyArray;
        NodeProto.prototype.name = "";
        NodeProto.prototype.opType = "";
        NodeProto.prototype.domain = "";
        NodeProto.prototype.attribute = $util.emptyArray;
        NodeProto.prototype.docString = "";
        NodeProto.create = function create(properties) {
          return new NodeProto(properties);
        };
        NodeProto.encode = function encode(message, writer) {
          if (!writer)
            writer = $Writer.create();
          if (message.input != null && message.input.length)
            for (var i = 0; i < message.input.length; ++i)
              writer.uint32(
                /* id 1, wireType 2 =*/
                10
              ).string(message.input[i]);
          if (message.output != null && message.output.length)
            for (var i = 0; i < message.output.length; ++i)
              writer.uint32(
                /* id 2, wireType 2 =*/
                18
              ).string(message.output[i]);
          if (message.name != null && Object.hasOwnProperty.call(message, "name"))
            writer.uint32(
              /* id 3, wireType 2 =*/
              26
            ).string(message.name);
          if (message.opType != null && Object.hasOwnProperty.call(message, "opType"))
            writer.uint32(
              /* id 4, wireType 2 =*/
              34
            ).string(message.opType);
          if (message.attribute != null && message.attribute.length)
            for (var i = 0; i < message.attribute.length; ++i)
              $root.onnx.AttributeProto.encode(message.attribute[i], writer.uint32(
                /* id 5, wireType 2 =*/
                42
              ).fork()).ldelim();
          if (message.docString != null && Object.hasOwnProperty.call(message, "docString"))
            writer.uint32(
              /* id 6, wireType 2 =*/
              50
            ).string(message.docString);
          if (message.domain != null && Object.hasOwnProperty.call(message, "domain"))
            writer.uint32(
              /* id 7, wireType 2 =*/
              58
            ).string(message.domain);
          return writer;
        };
        NodeProto.encodeDelimited = function encodeDelimited(message, writer) {
          return this.encode(message, writer).ldelim();
        };
        NodeProto.decode = function decode(reader, length) {
          if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
          var end = length === void 0 ? reader.len : reader.pos + length, message = new $root.onnx.NodeProto();
          while (reader.pos < end) {
            var tag = reader.uint32();
            switch (tag >>> 3) {
              case 1:
                if (!(message.input && message.input.length))
                  message.input = [];
                message.input.push(reader.string());
                break;
              case 2:
                if (!(message.output && message.output.length))
                  message.output = [];
                message.output.push(reader.string());
                break;
              case 3:
                message.name = reader.string();
                break;
              case 4:
                message.opType = reader.string();
                break;
              case 7:
                message.domain = reader.string();
                break;
              case 5:
                if (!(message.attribute && message.attribute.length))
                  message.attribute = [];
                message.attribute.push($root.onnx.AttributeProto.decode(reader, reader.uint32()));
                break;
              case 6:
                message.docString = reader.string();
                break;
              default:
                reader.skipType(tag & 7);
                break;
            }
          }
          return message;
        };
        NodeProto.decodeDelimited = function decodeDelimited(reader) {
          if (!(reader instanceof $Reader))
            reader = new $Reader(reader);
          return this.decode(reader, reader.uint32());
        };
        NodeProto.verify = function verify(message) {
          if (typeof message !== "object" || message === null)
            return "object expected";
          if (message.input != null && message.hasOwnProperty("input")) {
            if (!Array.isArray(message.input))
              return "input: array expected";
            for (var i = 0; i < message.input.length; ++i)
              if (!$util.isString(message.input[i]))
                return "input: string[] expected";
          }
          if (message.output != null && message.hasOwnProperty("output")) {
            if (!Array.isArray(message.output))
              return "output: array expected";
            for (var i = 0; i < message.output.length; ++i)
              if (!$util.isString(message.output[i]))
                return "output: string[] expected";
          }
          if (message.name != null && message.hasOwnProperty("name")) {
            if (!$util.isString(message.name))
              return "name: string expected";
          }
          if (message.opType != null && message.hasOwnProperty("opType")) {
            if (!$util.isString(message.opType))
              return "opType: string expected";
          }
          if (message.domain != null && message.hasOwnProperty("domain")) {
            if (!$util.isString(message.domain))
              return "domain: string expected";
          }
          if (message.attribute != null && message.hasOwnProperty("attribute")) {
            if (!Array.isArray(message.attribute))
              return "attribute: array expected";
            for (var i = 0; i < message.attribute.length; ++i) {
              var error = $root.onnx.AttributeProto.verify(message.attribute[i]);
              if (error)
                return "attribute." + error;
            }
          }
          if (message.docString != null && message.hasOwnProperty("docString")) {
            if (!$util.isString(message.docString))
              return "docString: string expected";
          }
          return null;
        };
        NodeProto.fromObject = function fromObject(object) {
          if (object instanceof $root.onnx.NodeProto)
            return object;
          var message = new $root.onnx.NodeProto();
          if (object.input) {
            if (!Array.isArray(object.input))
              throw TypeError(".onnx.NodeProto.input: array expected");
            message.input = [];
            for (var i = 0; i < object.input.length; ++i)
              message.input[i] = String(object.input[i]);
          }
          if (object.output) {
            if (!Array.isArray(object.output))
              throw TypeError(".onnx.NodeProto.output: array expected");
            message.output = [];
            for (var i = 0; i < object.output.length; ++i)
              message.output[i] = String(object.output[i]);
          }
          if (object.name != null)
            message.name = String(object.name);
          if (object.opType != null)
            message.opType = String(object.opType);
          if (object.domain != null)
            message.domain = String(object.domain);
          if (object.attribute) {
            if (!Array.isArray(object.attribute))
              throw TypeError(".onnx.NodeProto.attribute: array expected");
            message.attribute = [];
            for (var i = 0; i < object.attribute.length; ++i) {
              if (typeof object.attribute[i] !== "object")
                throw TypeError(".onnx.NodeProto.attribute: object expected");
              message.attribute[i] = $root.onnx.AttributeProto.fromObject(object.attribute[i]);
            }
          }
          if (object.docString != null)
            message.docString = String(object.docString);
          return message;
        };
        NodeProto.toObject = function toObject(message, options) {
          if (!options)
            options = {};
          var object = {};
          if (options.arrays || options.defaults) {
            object.input = [];
            object.output = [];
            object.attribute = [];
          }
          if (options.defaults) {
            object.name = "";
            object.opType = "";
            object.docString = "";
            object.domain = "";
          }
          if (message.input && message.input.length) {
            object.input = [];
            for (var j = 0; j < message.input.length; ++j)
              object.input[j] = message.input[j];
          }
          if (message.output && message.output.length) {
            object.output = [];
            for (var j = 0; j < message.output.length; ++j)
              object.output[j] = message.output[j];
          }
          if (message.name != null && message.hasOwnProperty("name"))
            object.name = message.name;
          if (message.opType != null && message.hasOwnProperty("opType"))
            object.opType = message.opType;
          if (message.attribute && message.attribute.length) {
            object.attribute = [];
            for (var j = 0; j < message.attribute.length; ++j)
              object.attribute[j] = $root.onnx.AttributeProto.toObject(message.attribute[j], options);
          }
          if (message.docString != null && message.hasOwnProperty("docString"))
            object.docString = message.docString;
          if (message.domain != null && message.hasOwnProperty("domain"))
            object.domain = message.domain;
          return object;
        };
        NodeProto.prototype.toJSON = function toJSON() {
          return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };
        return NodeProto;
      })();
      onnx7.TrainingInfoProto = (function() {
        function TrainingInfoProto(properties) {
          this.initializationBinding = [];
          this.updateBinding = [];
          if (properties) {
            for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
              if (properties[keys[i]] != null)
                this[keys[i]] = properties[keys[i]];
          }
        }
        TrainingInfoProto.prototype.initialization = null;
        TrainingInfoProto.prototype.algorithm = null;
        TrainingInfoProto.prototype.initializationBinding = $util.emptyArray;
        TrainingInfoProto.prototype.updateBinding = $util.emptyArray;
        TrainingInfoProto.create = function create(properties) {
          return new TrainingInfoProto(properties);
        };
        TrainingInfoProto.encode = function encode(message, writer) {
          if (!writer)
            writer = $Writer.create();
          if (message.initialization != null && Object.hasOwnProperty.call(message, "initialization"))
            $root.onnx.GraphProto.encode(message.initialization, writer.uint32(
              /* id 1, wireType 2 =*/
              10
            ).fork()).ldelim();
          if (message.algorithm != null && Object.hasOwnProperty.call(message, "algorithm"))
            $root.onnx.GraphProto.encode(message.algorithm, writer.uint32(
              /* id 2, wireType 2 =*/
              18
            ).fork()).ldelim();
          if (message.initializationBinding != null && message.initializationBinding.length)
            for (var i = 0; i < message.initializationBinding.length; ++i)
              $root.onnx.StringStringEntryProto.encode(message.initializationBinding[i], writer.uint32(
                /* id 3, wireType 2 =*/
                26
              ).fork()).ldelim();
          if (message.updateBinding != null && message.updateBinding.length)
            for (var i = 0; i < message.updateBinding.length; ++i)
              $root.onnx.StringStringEntryProto.encode(message.updateBinding[i], writer.uint32(
                /* id 4, wireType 2 =*/
                34
              ).fork()).ldelim();
          return writer;
        };
        TrainingInfoProto.encodeDelimited = function encodeDelimited(message, writer) {
          return this.encode(message, writer).ldelim();
        };
        TrainingInfoProto.decode = function decode(reader, length) {
          if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
          var end = length === void 0 ? reader.len : reader.pos + length, message = new $root.onnx.TrainingInfoProto();
          while (reader.pos < end) {
            var tag = reader.uint32();
            switch (tag >>> 3) {
              case 1:
                message.initialization = $root.onnx.GraphProto.decode(reader, reader.uint32());
                break;
              case 2:
                message.algorithm = $root.onnx.GraphProto.decode(reader, reader.uint32());
                break;
              case 3:
                if (!(message.initializationBinding && message.initializationBinding.length))
                  message.initializationBinding = [];
                message.initializationBinding.push($root.onnx.StringStringEntryProto.decode(reader, reader.uint32()));
                break;
              case 4:
                if (!(message.updateBinding && message.updateBinding.length))
                  message.updateBinding = [];
                message.updateBinding.push($root.onnx.StringStringEntryProto.decode(reader, reader.uint32()));
                break;
              default:
                reader.skipType(tag & 7);
                break;
            }
          }
          return message;
        };
        TrainingInfoProto.decodeDelimited = function decodeDelimited(reader) {
          if (!(reader instanceof $Reader))
            reader = new $Reader(reader);
          return this.decode(reader, reader.uint32());
        };
        TrainingInfoProto.verify = function verify(message) {
          if (typeof message !== "object" || message === null)
            return "object expected";
          if (message.initialization != null && message.hasOwnProperty("initialization")) {
            var error = $root.onnx.GraphProto.verify(message.initialization);
            if (error)
              return "initialization." + error;
          }
          if (message.algorithm != null && message.hasOwnProperty("algorithm")) {
            var error = $root.onnx.GraphProto.verify(message.algorithm);
            if (error)
              return "algorithm." + error;
          }
          if (message.initializationBinding != null && message.hasOwnProperty("initializationBinding")) {
            if (!Array.isArray(message.initializationBinding))
              return "initializationBinding: array expected";
            for (var i = 0; i < message.initializationBinding.length; ++i) {
              var error = $root.onnx.StringStringEntryProto.verify(message.initializationBinding[i]);
              if (error)
                return "initializationBinding." + error;
            }
          }
          if (message.updateBinding != null && message.hasOwnProperty("updateBinding")) {
            if (!Array.isArray(message.updateBinding))
              return "updateBinding: array expected";
            for (var i = 0; i < message.updateBinding.length; ++i) {
              var error = $root.onnx.StringStringEntryProto.verify(message.updateBinding[i]);
              if (error)
                return "updateBinding." + error;
            }
          }
          return null;
        };
        TrainingInfoProto.fromObject = function fromObject(object) {
          if (object instanceof $root.onnx.TrainingInfoProto)
            return object;
          var message = new $root.onnx.TrainingInfoProto();
          if (object.initialization != null) {
            if (typeof object.initialization !== "object")
              throw TypeError(".onnx.TrainingInfoProto.initialization: object expected");
            message.initialization = $root.onnx.GraphProto.fromObject(object.initialization);
          }
          if (object.algorithm != null) {
            if (typeof object.algorithm !== "object")
              throw TypeError(".onnx.TrainingInfoProto.algorithm: object expected");
            message.algorithm = $root.onnx.GraphProto.fromObject(object.algorithm);
          }
          if (object.initializationBinding) {
            if (!Array.isArray(object.initializationBinding))
              throw TypeError(".onnx.TrainingInfoProto.initializationBinding: array expected");
            message.initializationBinding = [];
            for (var i = 0; i < object.initializationBinding.length; ++i) {
              if (typeof object.initializationBinding[i] !== "object")
                throw TypeError(".onnx.TrainingInfoProto.initializationBinding: object expected");
              message.initializationBinding[i] = $root.onnx.StringStringEntryProto.fromObject(object.initializationBinding[i]);
            }
          }
          if (object.updateBinding) {
            if (!Array.isArray(object.updateBinding))
              throw TypeError(".onnx.TrainingInfoProto.updateBinding: array expected");
            message.updateBinding = [];
            for (var i = 0; i < object.updateBinding.length; ++i) {
              if (typeof object.updateBinding[i] !== "object")
                throw TypeError(".onnx.TrainingInfoProto.updateBinding: object expected");
              message.updateBinding[i] = $root.onnx.StringStringEntryProto.fromObject(object.updateBinding[i]);
            }
          }
          return message;
        };
        TrainingInfoProto.toObject = function toObject(message, options) {
          if (!options)
            options = {};
          var object = {};
          if (options.arrays || options.defaults) {
            object.initializationBinding = [];
            object.updateBinding = [];
          }
          if (options.defaults) {
            object.initialization = null;
            object.algorithm = null;
          }
          if (message.initialization != null && message.hasOwnProperty("initialization"))
            object.initialization = $root.onnx.GraphProto.toObject(message.initialization, options);
          if (message.algorithm != null && message.hasOwnProperty("algorithm"))
            object.algorithm = $root.onnx.GraphProto.toObject(message.algorithm, options);
          if (message.initializationBinding && message.initializationBinding.length) {
            object.initializationBinding = [];
            for (var j = 0; j < message.initializationBinding.length; ++j)
              object.initializationBinding[j] = $root.onnx.StringStringEntryProto.toObject(message.initializationBinding[j], options);
          }
          if (message.updateBinding && message.updateBinding.length) {
            object.updateBinding = [];
            for (var j = 0; j < message.updateBinding.length; ++j)
              object.updateBinding[j] = $root.onnx.StringStringEntryProto.toObject(message.updateBinding[j], options);
          }
          return object;
        };
        TrainingInfoProto.prototype.toJSON = function toJSON() {
          return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };
        return TrainingInfoProto;
      })();
      onnx7.ModelProto = (function() {
        function ModelProto(properties) {
          this.opsetImport = [];
          this.metadataProps = [];
          this.trainingInfo = [];
          this.functions = [];
          if (properties) {
            for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
              if (properties[keys[i]] != null)
                this[keys[i]] = properties[keys[i]];
          }
        }
        ModelProto.prototype.irVersion = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
        ModelProto.prototype.opsetImport = $util.emptyArray;
        ModelProto.prototype.producerName = "";
        ModelProto.prototype.producerVersion = "";
        ModelProto.prototype.domain = "";
        ModelProto.prototype.modelVersion = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
        ModelProto.prototype.docString = "";
        ModelProto.prototype.graph = null;
        ModelProto.prototype.metadataProps = $util.emptyArray;
        ModelProto.prototype.trainingInfo = $util.emptyArray;
        ModelProto.prototype.functions = $util.emptyArray;
        ModelProto.create = function create(properties) {
          return new ModelProto(properties);
        };
        ModelProto.encode = function encode(message, writer) {
          if (!writer)
            writer = $Writer.create();
          if (message.irVersion != null && Object.hasOwnProperty.call(message, "irVersion"))
            writer.uint32(
              /* id 1, wireType 0 =*/
              8
            ).int64(message.irVersion);
          if (message.producerName != null && Object.hasOwnProperty.call(message, "producerName"))
            writer.uint32(
              /* id 2, wireType 2 =*/
              18
            ).string(message.producerName);
          if (message.producerVersion != null && Object.hasOwnProperty.call(message, "producerVersion"))
            writer.uint32(
              /* id 3, wireType 2 =*/
              26
            ).string(message.producerVersion);
          if (message.domain != null && Object.hasOwnProperty.call(message, "domain"))
            writer.uint32(
              /* id 4, wireType 2 =*/
              34
            ).string(message.domain);
          if (message.modelVersion != null && Object.hasOwnProperty.call(message, "modelVersion"))
            writer.uint32(
              /* id 5, wireType 0 =*/
              40
            ).int64(message.modelVersion);
          if (message.docString != null && Object.hasOwnProperty.call(message, "docString"))
            writer.uint32(
              /* id 6, wireType 2 =*/
              50
            ).string(message.docString);
          if (message.graph != null && Object.hasOwnProperty.call(message, "graph"))
            $root.onnx.GraphProto.encode(message.graph, writer.uint32(
              /* id 7, wireType 2 =*/
              58
            ).fork()).ldelim();
          if (message.opsetImport != null && message.opsetImport.length)
            for (var i = 0; i < message.opsetImport.length; ++i)
              $root.onnx.OperatorSetIdProto.encode(message.opsetImport[i], writer.uint32(
                /* id 8, wireType 2 =*/
                66
              ).fork()).ldelim();
          if (message.metadataProps != null && message.metadataProps.length)
            for (var i = 0; i < message.metadataProps.length; ++i)
              $root.onnx.StringStringEntryProto.encode(message.metadataProps[i], writer.uint32(
                /* id 14, wireType 2 =*/
                114
              ).fork()).ldelim();
          if (message.trainingInfo != null && message.trainingInfo.length)
            for (var i = 0; i < message.trainingInfo.length; ++i)
              $root.onnx.TrainingInfoProto.encode(message.trainingInfo[i], writer.uint32(
                /* id 20, wireType 2 =*/
                162
              ).fork()).ldelim();
          if (message.functions != null && message.functions.length)
            for (var i = 0; i < message.functions.length; ++i)
              $root.onnx.FunctionProto.encode(message.functions[i], writer.uint32(
                /* id 25, wireType 2 =*/
                202
              ).fork()).ldelim();
          return writer;
        };
        ModelProto.encodeDelimited = function encodeDelimited(message, writer) {
          return this.encode(message, writer).ldelim();
        };
        ModelProto.decode = function decode(reader, length) {
          if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
          var end = length === void 0 ? reader.len : reader.pos + length, message = new $root.onnx.ModelProto();
          while (reader.pos < end) {
            var tag = reader.uint32();
            switch (tag >>> 3) {
              case 1:
                message.irVersion = reader.int64();
                break;
              case 8:
                if (!(message.opsetImport && message.opsetImport.length))
                  message.opsetImport = [];
                message.opsetImport.push($root.onnx.OperatorSetIdProto.decode(reader, reader.uint32()));
                break;
              case 2:
                message.producerName = reader.string();
                break;
              case 3:
                message.producerVersion = reader.string();
                break;
              case 4:
                message.domain = reader.string();
                break;
              case 5:
                message.modelVersion = reader.int64();
                break;
              case 6:
                message.docString = reader.string();
                break;
              case 7:
                message.graph = $root.onnx.GraphProto.decode(reader, reader.uint32());
                break;
              case 14:
                if (!(message.metadataProps && message.metadataProps.length))
                  message.metadataProps = [];
                message.metadataProps.push($root.onnx.StringStringEntryProto.decode(reader, reader.uint32()));
                break;
              case 20:
                if (!(message.trainingInfo && message.trainingInfo.length))
                  message.trainingInfo = [];
                message.trainingInfo.push($root.onnx.TrainingInfoProto.decode(reader, reader.uint32()));
                break;
              case 25:
                if (!(message.functions && message.functions.length))
                  message.functions = [];
                message.functions.push($root.onnx.FunctionProto.decode(reader, reader.uint32()));
                break;
              default:
                reader.skipType(tag & 7);
                break;
            }
          }
          return message;
        };
        ModelProto.decodeDelimited = function decodeDelimited(reader) {
          if (!(reader instanceof $Reader))
            reader = new $Reader(reader);
          return this.decode(reader, reader.uint32());
        };
        ModelProto.verify = function verify(message) {
          if (typeof message !== "object" || message === null)
            return "object expected";
          if (message.irVersion != null && message.hasOwnProperty("irVersion")) {
            if (!$util.isInteger(message.irVersion) && !(message.irVersion && $util.isInteger(message.irVersion.low) && $util.isInteger(message.irVersion.high)))
              return "irVersion: integer|Long expected";
          }
          if (message.opsetImport != null && message.hasOwnProperty("opsetImport")) {
            if (!Array.isArray(message.opsetImport))
              return "opsetImport: array expected";
            for (var i = 0; i < message.opsetImport.length; ++i) {
              var error = $root.onnx.OperatorSetIdProto.verify(message.opsetImport[i]);
              if (error)
                return "opsetImport." + error;
            }
          }
          if (message.producerName != null && message.hasOwnProperty("producerName")) {
            if (!$util.isString(message.producerName))
              return "producerName: string expected";
          }
          if (message.producerVersion != null && message.hasOwnProperty("producerVersion")) {
            if (!$util.isString(message.producerVersion))
              return "producerVersion: string expected";
          }
          if (message.domain != null && message.hasOwnProperty("domain")) {
            if (!$util.isString(message.domain))
              return "domain: string expected";
          }
          if (message.modelVersion != null && message.hasOwnProperty("modelVersion")) {
            if (!$util.isInteger(message.modelVersion) && !(message.modelVersion && $util.isInteger(message.modelVersion.low) && $util.isInteger(message.modelVersion.high)))
              return "modelVersion: integer|Long expected";
          }
          if (message.docString != null && message.hasOwnProperty("docString")) {
            if (!$util.isString(message.docString))
              return "docString: string expected";
          }
          if (message.graph != null && message.hasOwnProperty("graph")) {
            var error = $root.onnx.GraphProto.verify(message.graph);
            if (error)
              return "graph." + error;
          }
          if (message.metadataProps != null && message.hasOwnProperty("metadataProps")) {
            if (!Array.isArray(message.metadataProps))
              return "metadataProps: array expected";
            for (var i = 0; i < message.metadataProps.length; ++i) {
              var error = $root.onnx.StringStringEntryProto.verify(message.metadataProps[i]);
              if (error)
                return "metadataProps." + error;
            }
          }
          if (message.trainingInfo != null && message.hasOwnProperty("trainingInfo")) {
            if (!Array.isArray(message.trainingInfo))
              return "trainingInfo: array expected";
            for (var i = 0; i < message.trainingInfo.length; ++i) {
              var error = $root.onnx.TrainingInfoProto.verify(message.trainingInfo[i]);
              if (error)
                return "trainingInfo." + error;
            }
          }
          if (message.functions != null && message.hasOwnProperty("functions")) {
            if (!Array.isArray(message.functions))
              return "functions: array expected";
            for (var i = 0; i < message.functions.length; ++i) {
              var error = $root.onnx.FunctionProto.verify(message.functions[i]);
              if (error)
                return "functions." + error;
            }
          }
          return null;
        };
        ModelProto.fromObject = function fromObject(object) {
          if (object instanceof $root.onnx.ModelProto)
            return object;
          var message = new $root.onnx.ModelProto();
          if (object.irVersion != null) {
            if ($util.Long)
              (message.irVersion = $util.Long.fromValue(object.irVersion)).unsigned = false;
            else if (typeof object.irVersion === "string")
              message.irVersion = parseInt(object.irVersion, 10);
            else if (typeof object.irVersion === "number")
              message.irVersion = object.irVersion;
            else if (typeof object.irVersion === "object")
              message.irVersion = new $util.LongBits(object.irVersion.low >>> 0, object.irVersion.high >>> 0).toNumber();
          }
          if (object.opsetImport) {
            if (!Array.isArray(object.opsetImport))
              throw TypeError(".onnx.ModelProto.opsetImport: array expected");
            message.opsetImport = [];
            for (var i = 0; i < object.opsetImport.length; ++i) {
              if (typeof object.opsetImport[i] !== "object")
                throw TypeError(".onnx.ModelProto.opsetImport: object expected");
              message.opsetImport[i] = $root.onnx.OperatorSetIdProto.fromObject(object.opsetImport[i]);
            }
          }
          if (object.producerName != null)
            message.producerName = String(object.producerName);
          if (object.producerVersion != null)
            message.producerVersion = String(object.producerVersion);
          if (object.domain != null)
            message.domain = String(object.domain);
          if (object.modelVersion != null) {
            if ($util.Long)
              (message.modelVersion = $util.Long.fromValue(object.modelVersion)).unsigned = false;
            else if (typeof object.modelVersion === "string")
              message.modelVersion = parseInt(object.modelVersion, 10);
            else if (typeof object.modelVersion === "number")
              message.modelVersion = object.modelVersion;
            else if (typeof object.modelVersion === "object")
              message.modelVersion = new $util.LongBits(object.modelVersion.low >>> 0, object.modelVersion.high >>> 0).toNumber();
          }
          if (object.docString != null)
            message.docString = String(object.docString);
          if (object.graph != null) {
            if (typeof object.graph !== "object")
              throw TypeError(".onnx.ModelProto.graph: object expected");
            message.graph = $root.onnx.GraphProto.fromObject(object.graph);
          }
          if (object.metadataProps) {
            if (!Array.isArray(object.metadataProps))
              throw TypeError(".onnx.ModelProto.metadataProps: array expected");
            message.metadataProps = [];
            for (var i = 0; i < object.metadataProps.length; ++i) {
              if (typeof object.metadataProps[i] !== "object")
                throw TypeError(".onnx.ModelProto.metadataProps: object expected");
              message.metadataProps[i] = $root.onnx.StringStringEntryProto.fromObject(object.metadataProps[i]);
            }
          }
          if (object.trainingInfo) {
            if (!Array.isArray(object.trainingInfo))
              throw TypeError(".onnx.ModelProto.trainingInfo: array expected");
            message.trainingInfo = [];
            for (var i = 0; i < object.trainingInfo.length; ++i) {
              if (typeof object.trainingInfo[i] !== "object")
                throw TypeError(".onnx.ModelProto.trainingInfo: object expected");
              message.trainingInfo[i] = $root.onnx.TrainingInfoProto.fromObject(object.trainingInfo[i]);
            }
          }
          if (object.functions) {
            if (!Array.isArray(object.functions))
              throw TypeError(".onnx.ModelProto.functions: array expected");
            message.functions = [];
            for (var i = 0; i < object.functions.length; ++i) {
              if (typeof object.functions[i] !== "object")
                throw TypeError(".onnx.ModelProto.functions: object expected");
              message.functions[i] = $root.onnx.FunctionProto.fromObject(object.functions[i]);
            }
          }
          return message;
        };
        ModelProto.toObject = function toObject(message, options) {
          if (!options)
            options = {};
          var object = {};
          if (options.arrays || options.defaults) {
            object.opsetImport = [];
            object.metadataProps = [];
            object.trainingInfo = [];
            object.functions = [];
          }
          if (options.defaults) {
            if ($util.Long) {
              var long = new $util.Long(0, 0, false);
              object.irVersion = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : long;
            } else
              object.irVersion = options.longs === String ? "0" : 0;
            object.producerName = "";
            object.producerVersion = "";
            object.domain = "";
            if ($util.Long) {
              var long = new $util.Long(0, 0, false);
              object.modelVersion = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : long;
            } else
              object.modelVersion = options.longs === String ? "0" : 0;
            object.docString = "";
            object.graph = null;
          }
          if (message.irVersion != null && message.hasOwnProperty("irVersion"))
            if (typeof message.irVersion === "number")
              object.irVersion = options.longs === String ? String(message.irVersion) : message.irVersion;
            else
              object.irVersion = options.longs === String ? $util.Long.prototype.toString.call(message.irVersion) : options.longs === Number ? new $util.LongBits(message.irVersion.low >>> 0, message.irVersion.high >>> 0).toNumber() : message.irVersion;
          if (message.producerName != null && message.hasOwnProperty("producerName"))
            object.producerName = message.producerName;
          if (message.producerVersion != null && message.hasOwnProperty("producerVersion"))
            object.producerVersion = message.producerVersion;
          if (message.domain != null && message.hasOwnProperty("domain"))
            object.domain = message.domain;
          if (message.modelVersion != null && message.hasOwnProperty("modelVersion"))
            if (typeof message.modelVersion === "number")
              object.modelVersion = options.longs === String ? String(message.modelVersion) : message.modelVersion;
            else
              object.modelVersion = options.longs === String ? $util.Long.prototype.toString.call(message.modelVersion) : options.longs === Number ? new $util.LongBits(message.modelVersion.low >>> 0, message.modelVersion.high >>> 0).toNumber() : message.modelVersion;
          if (message.docString != null && message.hasOwnProperty("docString"))
            object.docString = message.docString;
          if (message.graph != null && message.hasOwnProperty("graph"))
            object.graph = $root.onnx.GraphProto.toObject(message.graph, options);
          if (message.opsetImport && message.opsetImport.length) {
            object.opsetImport = [];
            for (var j = 0; j < message.opsetImport.length; ++j)
              object.opsetImport[j] = $root.onnx.OperatorSetIdProto.toObject(message.opsetImport[j], options);
          }
          if (message.metadataProps && message.metadataProps.length) {
            object.metadataProps = [];
            for (var j = 0; j < message.metadataProps.length; ++j)
              object.metadataProps[j] = $root.onnx.StringStringEntryProto.toObject(message.metadataProps[j], options);
          }
          if (message.trainingInfo && message.trainingInfo.length) {
            object.trainingInfo = [];
            for (var j = 0; j < message.trainingInfo.length; ++j)
              object.trainingInfo[j] = $root.onnx.TrainingInfoProto.toObject(message.trainingInfo[j], options);
          }
          if (message.functions && message.functions.length) {
            object.functions = [];
            for (var j = 0; j < message.functions.length; ++j)
              object.functions[j] = $root.onnx.FunctionProto.toObject(message.functions[j], options);
          }
          return object;
        };
        ModelProto.prototype.toJSON = function toJSON() {
          return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };
        return ModelProto;
      })();
      onnx7.StringStringEntryProto = (function() {
        function StringStringEntryProto(properties) {
          if (properties) {
            for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
              if (properties[keys[i]] != null)
                this[keys[i]] = properties[keys[i]];
          }
        }
        StringStringEntryProto.prototype.key = "";
        StringStringEntryProto.prototype.value = "";
        StringStringEntryProto.create = function create(properties) {
          return new StringStringEntryProto(properties);
        };
        StringStringEntryProto.encode = function encode(message, writer) {
          if (!writer)
            writer = $Writer.create();
          if (message.key != null && Object.hasOwnProperty.call(message, "key"))
            writer.uint32(
              /* id 1, wireType 2 =*/
              10
            ).string(message.key);
          if (message.value != null && Object.hasOwnProperty.call(message, "value"))
            writer.uint32(
              /* id 2, wireType 2 =*/
              18
            ).string(message.value);
          return writer;
        };
        StringStringEntryProto.encodeDelimited = function encodeDelimited(message, writer) {
          return this.encode(message, writer).ldelim();
        };
        StringStringEntryProto.decode = function decode(reader, length) {
          if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
          var end = length === void 0 ? reader.len : reader.pos + length, message = new $root.onnx.StringStringEntryProto();
          while (reader.pos < end) {
            var tag = reader.uint32();
            switch (tag >>> 3) {
              case 1:
                message.key = reader.string();
                break;
              case 2:
                message.value = reader.string();
                break;
              default:
                reader.skipType(tag & 7);
                break;
            }
          }
          return message;
        };
        StringStringEntryProto.decodeDelimited = function decodeDelimited(reader) {
          if (!(reader instanceof $Reader))
            reader = new $Reader(reader);
          return this.decode(reader, reader.uint32());
        };
        StringStringEntryProto.verify = function verify(message) {
          if (typeof message !== "object" || message === null)
            return "object expected";
          if (message.key != null && message.hasOwnProperty("key")) {
            if (!$util.isString(message.key))
              return "key: string expected";
          }
          if (message.value != null && message.hasOwnProperty("value")) {
            if (!$util.isString(message.value))
              return "value: string expected";
          }
          return null;
        };
        StringStringEntryProto.fromObject = function fromObject(object) {
          if (object instanceof $root.onnx.StringStringEntryProto)
            return object;
          var message = new $root.onnx.StringStringEntryProto();
          if (object.key != null)
            message.key = String(object.key);
          if (object.value != null)
            message.value = String(object.value);
          return message;
        };
        StringStringEntryProto.toObject = function toObject(message, options) {
          if (!options)
            options = {};
          var object = {};
          if (options.defaults) {
            object.key = "";
            object.value = "";
          }
          if (message.key != null && message.hasOwnProperty("key"))
            object.key = message.key;
          if (message.value != null && message.hasOwnProperty("value"))
            object.value = message.value;
          return object;
        };
        StringStringEntryProto.prototype.toJSON = function toJSON() {
          return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };
        return StringStringEntryProto;
      })();
      onnx7.TensorAnnotation = (function() {
        function TensorAnnotation(properties) {
          this.quantParameterTensorNames = [];
          if (properties) {
            for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
              if (properties[keys[i]] != null)
                this[keys[i]] = properties[keys[i]];
          }
        }
        TensorAnnotation.prototype.tensorName = "";
        TensorAnnotation.prototype.quantParameterTensorNames = $util.emptyArray;
        TensorAnnotation.create = function create(properties) {
          return new TensorAnnotation(properties);
        };
        TensorAnnotation.encode = function encode(message, writer) {
          if (!writer)
            writer = $Writer.create();
          if (message.tensorName != null && Object.hasOwnProperty.call(message, "tensorName"))
            writer.uint32(
              /* id 1, wireType 2 =*/
              10
            ).string(message.tensorName);
          if (message.quantParameterTensorNames != null && message.quantParameterTensorNames.length)
            for (var i = 0; i < message.quantParameterTensorNames.length; ++i)
              $root.onnx.StringStringEntryProto.encode(message.quantParameterTensorNames[i], writer.uint32(
                /* id 2, wireType 2 =*/
                18
              ).fork()).ldelim();
          return writer;
        };
        TensorAnnotation.encodeDelimited = function encodeDelimited(message, writer) {
          return this.encode(message, writer).ldelim();
        };
        TensorAnnotation.decode = function decode(reader, length) {
          if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
          var end = length === void 0 ? reader.len : reader.pos + length, message = new $root.onnx.TensorAnnotation();
          while (reader.pos < end) {
            var tag = reader.uint32();
            switch (tag >>> 3) {
              case 1:
                message.tensorName = reader.string();
                break;
              case 2:
                if (!(message.quantParameterTensorNames && message.quantParameterTensorNames.length))
                  message.quantParameterTensorNames = [];
                message.quantParameterTensorNames.push($root.onnx.StringStringEntryProto.decode(reader, reader.uint32()));
                break;
              default:
                reader.skipType(tag & 7);
                break;
            }
          }
          return message;
        };
        TensorAnnotation.decodeDelimited = function decodeDelimited(reader) {
          if (!(reader instanceof $Reader))
            reader = new $Reader(reader);
          return this.decode(reader, reader.uint32());
        };
        TensorAnnotation.verify = function verify(message) {
          if (typeof message !== "object" || message === null)
            return "object expected";
          if (message.tensorName != null && message.hasOwnProperty("tensorName")) {
            if (!$util.isString(message.tensorName))
              return "tensorName: string expected";
          }
          if (message.quantParameterTensorNames != null && message.hasOwnProperty("quantParameterTensorNames")) {
            if (!Array.isArray(message.quantParameterTensorNames))
              return "quantParameterTensorNames: array expected";
            for (var i = 0; i < message.quantParameterTensorNames.length; ++i) {
              var error = $root.onnx.StringStringEntryProto.verify(message.quantParameterTensorNames[i]);
              if (error)
                return "quantParameterTensorNames." + error;
            }
          }
          return null;
        };
        TensorAnnotation.fromObject = function fromObject(object) {
          if (object instanceof $root.onnx.TensorAnnotation)
            return object;
          var message = new $root.onnx.TensorAnnotation();
          if (object.tensorName != null)
            message.tensorName = String(object.tensorName);
          if (object.quantParameterTensorNames) {
            if (!Array.isArray(object.quantParameterTensorNames))
              throw TypeError(".onnx.TensorAnnotation.quantParameterTensorNames: array expected");
            message.quantParameterTensorNames = [];
            for (var i = 0; i < object.quantParameterTensorNames.length; ++i) {
              if (typeof object.quantParameterTensorNames[i] !== "object")
                throw TypeError(".onnx.TensorAnnotation.quantParameterTensorNames: object expected");
              message.quantParameterTensorNames[i] = $root.onnx.StringStringEntryProto.fromObject(object.quantParameterTensorNames[i]);
            }
          }
          return message;
        };
        TensorAnnotation.toObject = function toObject(message, options) {
          if (!options)
            options = {};
          var object = {};
          if (options.arrays || options.defaults)
            object.quantParameterTensorNames = [];
          if (options.defaults)
            object.tensorName = "";
          if (message.tensorName != null && message.hasOwnProperty("tensorName"))
            object.tensorName = message.tensorName;
          if (message.quantParameterTensorNames && message.quantParameterTensorNames.length) {
            object.quantParameterTensorNames = [];
            for (var j = 0; j < message.quantParameterTensorNames.length; ++j)
              object.quantParameterTensorNames[j] = $root.onnx.StringStringEntryProto.toObject(message.quantParameterTensorNames[j], options);
          }
          return object;
        };
        TensorAnnotation.prototype.toJSON = function toJSON() {
          return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };
        return TensorAnnotation;
      })();
      onnx7.GraphProto = (function() {
        function GraphProto(properties) {
          this.node = [];
          this.initializer = [];
          this.sparseInitializer = [];
          this.input = [];
          this.output = [];
          this.valueInfo = [];
          this.quantizationAnnotation = [];
          if (properties) {
            for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
              if (properties[keys[i]] != null)
                this[keys[i]] = properties[keys[i]];
          }
        }
        GraphProto.prototype.node = $util.emptyArray;
        GraphProto.prototype.name = "";
        GraphProto.prototype.initializer = $util.emptyArray;
        GraphProto.prototype.sparseInitializer = $util.emptyArray;
        GraphProto.prototype.docString = "";
        GraphProto.prototype.input = $util.emptyArray;
        GraphProto.prototype.output = $util.emptyArray;
        GraphProto.prototype.valueInfo = $util.emptyArray;
        GraphProto.prototype.quantizationAnnotation = $util.emptyArray;
        GraphProto.create = function create(properties) {
          return new GraphProto(properties);
        };
        GraphProto.encode = function encode(message, writer) {
          if (!writer)
            writer = $Writer.create();
          if (message.node != null && message.node.length)
            for (var i = 0; i < message.node.length; ++i)
              $root.onnx.NodeProto.encode(message.node[i], writer.uint32(
                /* id 1, wireType 2 =*/
                10
              ).fork()).ldelim();
          if (message.name != null && Object.hasOwnProperty.call(message, "name"))
            writer.uint32(
              /* id 2, wireType 2 =*/
              18
            ).string(message.name);
          if (message.initializer != null && message.initializer.length)
            for (var i = 0; i < message.initializer.length; ++i)
              $root.onnx.TensorProto.encode(message.initializer[i], writer.uint32(
                /* id 5, wireType 2 =*/
                42
              ).fork()).ldelim();
          if (message.docString != null && Object.hasOwnProperty.call(message, "docString"))
            writer.uint32(
              /* id 10, wireType 2 =*/
              82
            ).string(message.docString);
          if (message.input != null && message.input.length)
            for (var i = 0; i < message.input.length; ++i)
              $root.onnx.ValueInfoProto.encode(message.input[i], writer.uint32(
                /* id 11, wireType 2 =*/
                90
              ).fork()).ldelim();
          if (message.output != null && message.output.length)
            for (var i = 0; i < message.output.length; ++i)
              $root.onnx.ValueInfoProto.encode(message.output[i], writer.uint32(
                /* id 12, wireType 2 =*/
                98
              ).fork()).ldelim();
          if (message.valueInfo != null && message.valueInfo.length)
            for (var i = 0; i < message.valueInfo.length; ++i)
              $root.onnx.ValueInfoProto.encode(message.valueInfo[i], writer.uint32(
                /* id 13, wireType 2 =*/
                106
              ).fork()).ldelim();
          if (message.quantizationAnnotation != null && message.quantizationAnnotation.length)
            for (var i = 0; i < message.quantizationAnnotation.length; ++i)
              $root.onnx.TensorAnnotation.encode(message.quantizationAnnotation[i], writer.uint32(
                /* id 14, wireType 2 =*/
                114
              ).fork()).ldelim();
          if (message.sparseInitializer != null && message.sparseInitializer.length)
            for (var i = 0; i < message.sparseInitializer.length; ++i)
              $root.onnx.SparseTensorProto.encode(message.sparseInitializer[i], writer.uint32(
                /* id 15, wireType 2 =*/
                122
              ).fork()).ldelim();
          return writer;
        };
        GraphProto.encodeDelimited = function encodeDelimited(message, writer) {
          return this.encode(message, writer).ldelim();
        };
        GraphProto.decode = function decode(reader, length) {
          if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
          var end = length === void 0 ? reader.len : reader.pos + length, message = new $root.onnx.GraphProto();
          while (reader.pos < end) {
            var tag = reader.uint32();
            switch (tag >>> 3) {
              case 1:
                if (!(message.node && message.node.length))
                  message.node = [];
                message.node.push($root.onnx.NodeProto.decode(reader, reader.uint32()));
                break;
              case 2:
                message.name = reader.string();
                break;
              case 5:
                if (!(message.initializer && message.initializer.length))
                  message.initializer = [];
                message.initializer.push($root.onnx.TensorProto.decode(reader, reader.uint32()));
                break;
              case 15:
                if (!(message.sparseInitializer && message.sparseInitializer.length))
                  message.sparseInitializer = [];
                message.sparseInitializer.push($root.onnx.SparseTensorProto.decode(reader, reader.uint32()));
                break;
              case 10:
                message.docString = reader.string();
                break;
              case 11:
                if (!(message.input && message.input.length))
                  message.input = [];
                message.input.push($root.onnx.ValueInfoProto.decode(reader, reader.uint32()));
                break;
              case 12:
                if (!(message.output && message.output.length))
                  message.output = [];
                message.output.push($root.onnx.ValueInfoProto.decode(reader, reader.uint32()));
                break;
              case 13:
                if (!(message.valueInfo && message.valueInfo.length))
                  message.valueInfo = [];
                message.valueInfo.push($root.onnx.ValueInfoProto.decode(reader, reader.uint32()));
                break;
              case 14:
                if (!(message.quantizationAnnotation && message.quantizationAnnotation.length))
                  message.quantizationAnnotation = [];
                message.quantizationAnnotation.push($root.onnx.TensorAnnotation.decode(reader, reader.uint32()));
                break;
              default:
                reader.skipType(tag & 7);
                break;
            }
          }
          return message;
        };
        GraphProto.decodeDelimited = function decodeDelimited(reader) {
          if (!(reader instanceof $Reader))
            reader = new $Reader(reader);
          return this.decode(reader, reader.uint32());
        };
        GraphProto.verify = function verify(message) {
          if (typeof message !== "object" || message === null)
            return "object expected";
          if (message.node != null && message.hasOwnProperty("node")) {
            if (!Array.isArray(message.node))
              return "node: array expected";
            for (var i = 0; i < message.node.length; ++i) {
              var error = $root.onnx.NodeProto.verify(message.node[i]);
              if (error)
                return "node." + error;
            }
          }
          if (message.name != null && message.hasOwnProperty("name")) {
            if (!$util.isString(message.name))
              return "name: string expected";
          }
          if (message.initializer != null && message.hasOwnProperty("initializer")) {
            if (!Array.isArray(message.initializer))
              return "initializer: array expected";
            for (var i = 0; i < message.initializer.length; ++i) {
              var error = $root.onnx.TensorProto.verify(message.initializer[i]);
              if (error)
                return "initializer." + error;
            }
          }
          if (message.sparseInitializer != null && message.hasOwnProperty("sparseInitializer")) {
            if (!Array.isArray(message.sparseInitializer))
              return "sparseInitializer: array expected";
            for (var i = 0; i < message.sparseInitializer.length; ++i) {
              var error = $root.onnx.SparseTensorProto.verify(message.sparseInitializer[i]);
              if (error)
                return "sparseInitializer." + error;
            }
          }
          if (message.docString != null && message.hasOwnProperty("docString")) {
            if (!$util.isString(message.docString))
              return "docString: string expected";
          }
          if (message.input != null && message.hasOwnProperty("input")) {
            if (!Array.isArray(message.input))
              return "input: array expected";
            for (var i = 0; i < message.input.length; ++i) {
              var error = $root.onnx.ValueInfoProto.verify(message.input[i]);
              if (error)
                return "input." + error;
            }
          }
          if (message.output != null && message.hasOwnProperty("output")) {
            if (!Array.isArray(message.output))
              return "output: array expected";
            for (var i = 0; i < message.output.length; ++i) {
              var error = $root.onnx.ValueInfoProto.verify(message.output[i]);
              if (error)
                return "output." + error;
            }
          }
          if (message.valueInfo != null && message.hasOwnProperty("valueInfo")) {
            if (!Array.isArray(message.valueInfo))
              return "valueInfo: array expected";
            for (var i = 0; i < message.valueInfo.length; ++i) {
              var error = $root.onnx.ValueInfoProto.verify(message.valueInfo[i]);
              if (error)
                return "valueInfo." + error;
            }
          }
          if (message.quantizationAnnotation != null && message.hasOwnProperty("quantizationAnnotation")) {
            if (!Array.isArray(message.quantizationAnnotation))
              return "quantizationAnnotation: array expected";
            for (var i = 0; i < message.quantizationAnnotation.length; ++i) {
              var error = $root.onnx.TensorAnnotation.verify(message.quantizationAnnotation[i]);
              if (error)
                return "quantizationAnnotation." + error;
            }
          }
          return null;
        };
        GraphProto.fromObject = function fromObject(object) {
          if (object instanceof $root.onnx.GraphProto)
            return object;
          var message = new $root.onnx.GraphProto();
          if (object.node) {
            if (!Array.isArray(object.node))
              throw TypeError(".onnx.GraphProto.node: array expected");
            message.node = [];
            for (var i = 0; i < object.node.length; ++i) {
              if (typeof object.node[i] !== "object")
                throw TypeError(".onnx.GraphProto.node: object expected");
              message.node[i] = $root.onnx.NodeProto.fromObject(object.node[i]);
            }
          }
          if (object.name != null)
            message.name = String(object.name);
          if (object.initializer) {
            if (!Array.isArray(object.initializer))
              throw TypeError(".onnx.GraphProto.initializer: array expected");
            message.initializer = [];
            for (var i = 0; i < object.initializer.length; ++i) {
              if (typeof object.initializer[i] !== "object")
                throw TypeError(".onnx.GraphProto.initializer: object expected");
              message.initializer[i] = $root.onnx.TensorProto.fromObject(object.initializer[i]);
            }
          }
          if (object.sparseInitializer) {
            if (!Array.isArray(object.sparseInitializer))
              throw TypeError(".onnx.GraphProto.sparseInitializer: array expected");
            message.sparseInitializer = [];
            for (var i = 0; i < object.sparseInitializer.length; ++i) {
              if (typeof object.sparseInitializer[i] !== "object")
                throw TypeError(".onnx.GraphProto.sparseInitializer: object expected");
              message.sparseInitializer[i] = $root.onnx.SparseTensorProto.fromObject(object.sparseInitializer[i]);
            }
          }
          if (object.docString != null)
            message.docString = String(object.docString);
          if (object.input) {
            if (!Array.isArray(object.input))
              throw TypeError(".onnx.GraphProto.input: array expected");
            message.input = [];
            for (var i = 0; i < object.input.length; ++i) {
              if (typeof object.input[i] !== "object")
                throw TypeError(".onnx.GraphProto.input: object expected");
              message.input[i] = $root.onnx.ValueInfoProto.fromObject(object.input[i]);
            }
          }
          if (object.output) {
            if (!Array.isArray(object.output))
              throw TypeError(".onnx.GraphProto.output: array expected");
            message.output = [];
            for (var i = 0; i < object.output.length; ++i) {
              if (typeof object.output[i] !== "object")
                throw TypeError(".onnx.GraphProto.output: object expected");
              message.output[i] = $root.onnx.ValueInfoProto.fromObject(object.output[i]);
            }
          }
          if (object.valueInfo) {
            if (!Array.isArray(object.valueInfo))
              throw TypeError(".onnx.GraphProto.valueInfo: array expected");
            message.valueInfo = [];
            for (var i = 0; i < object.valueInfo.length; ++i) {
              if (typeof object.valueInfo[i] !== "object")
                throw TypeError(".onnx.GraphProto.valueInfo: object expected");
              message.valueInfo[i] = $root.onnx.ValueInfoProto.fromObject(object.valueInfo[i]);
            }
          }
          if (object.quantizationAnnotation) {
            if (!Array.isArray(object.quantizationAnnotation))
              throw TypeError(".onnx.GraphProto.quantizationAnnotation: array expected");
            message.quantizationAnnotation = [];
            for (var i = 0; i < object.quantizationAnnotation.length; ++i) {
              if (typeof object.quantizationAnnotation[i] !== "object")
                throw TypeError(".onnx.GraphProto.quantizationAnnotation: object expected");
              message.quantizationAnnotation[i] = $root.onnx.TensorAnnotation.fromObject(object.quantizationAnnotation[i]);
            }
          }
          return message;
        };
        GraphProto.toObject = function toObject(message, options) {
          if (!options)
            options = {};
          var object = {};
          if (options.arrays || options.defaults) {
            object.node = [];
            object.initializer = [];
            object.input = [];
            object.output = [];
            object.valueInfo = [];
            object.quantizationAnnotation = [];
            object.sparseInitializer = [];
          }
          if (options.defaults) {
            object.name = "";
            object.docString = "";
          }
          if (message.node && message.node.length) {
            object.node = [];
            for (var j = 0; j < message.node.length; ++j)
              object.node[j] = $root.onnx.NodeProto.toObject(message.node[j], options);
          }
          if (message.name != null && message.hasOwnProperty("name"))
            object.name = message.name;
          if (message.initializer && message.initializer.length) {
            object.initializer = [];
            for (var j = 0; j < message.initializer.length; ++j)
              object.initializer[j] = $root.onnx.TensorProto.toObject(message.initializer[j], options);
          }
          if (message.docString != null && message.hasOwnProperty("docString"))
            object.docString = message.docString;
          if (message.input && message.input.length) {
            object.input = [];
            for (var j = 0; j < message.input.length; ++j)
              object.input[j] = $root.onnx.ValueInfoProto.toObject(message.input[j], options);
          }
          if (message.output && message.output.length) {
            object.output = [];
            for (var j = 0; j < message.output.length; ++j)
              object.output[j] = $root.onnx.ValueInfoProto.toObject(message.output[j], options);
          }
          if (message.valueInfo && message.valueInfo.length) {
            object.valueInfo = [];
            for (var j = 0; j < message.valueInfo.length; ++j)
              object.valueInfo[j] = $root.onnx.ValueInfoProto.toObject(message.valueInfo[j], options);
          }
          if (message.quantizationAnnotation && message.quantizationAnnotation.length) {
            object.quantizationAnnotation = [];
            for (var j = 0; j < message.quantizationAnnotation.length; ++j)
              object.quantizationAnnotation[j] = $root.onnx.TensorAnnotation.toObject(message.quantizationAnnotation[j], options);
          }
          if (message.sparseInitializer && message.sparseInitializer.length) {
            object.sparseInitializer = [];
            for (var j = 0; j < message.sparseInitializer.length; ++j)
              object.sparseInitializer[j] = $root.onnx.SparseTensorProto.toObject(message.sparseInitializer[j], options);
          }
          return object;
        };
        GraphProto.prototype.toJSON = function toJSON() {
          return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };
        return GraphProto;
      })();
      onnx7.TensorProto = (function() {
        function TensorProto(properties) {
          this.dims = [];
          this.floatData = [];
          this.int32Data = [];
          this.stringData = [];
          this.int64Data = [];
          this.externalData = [];
          this.doubleData = [];
          this.uint64Data = [];
          if (properties) {
            for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
              if (properties[keys[i]] != null)
                this[keys[i]] = properties[keys[i]];
          }
        }
        TensorProto.prototype.dims = $util.emptyArray;
        TensorProto.prototype.dataType = 0;
        TensorProto.prototype.segment = null;
        TensorProto.prototype.floatData = $util.emptyArray;
        TensorProto.prototype.int32Data = $util.emptyArray;
        TensorProto.prototype.stringData = $util.emptyArray;
        TensorProto.prototype.int64Data = $util.emptyArray;
        TensorProto.prototype.name = "";
        TensorProto.prototype.docString = "";
        TensorProto.prototype.rawData = $util.newBuffer([]);
        TensorProto.prototype.externalData = $util.emptyArray;
        TensorProto.prototype.dataLocation = 0;
        TensorProto.prototype.doubleData = $util.emptyArray;
        TensorProto.prototype.uint64Data = $util.emptyArray;
        TensorProto.create = function create(properties) {
          return new TensorProto(properties);
        };
        TensorProto.encode = function encode(message, writer) {
          if (!writer)
            writer = $Writer.create();
          if (message.dims != null && message.dims.length) {
            writer.uint32(
              /* id 1, wireType 2 =*/
              10
            ).fork();
            for (var i = 0; i < message.dims.length; ++i)
              writer.int64(message.dims[i]);
            writer.ldelim();
          }
          if (message.dataType != null && Object.hasOwnProperty.call(message, "dataType"))
            writer.uint32(
              /* id 2, wireType 0 =*/
              16
            ).int32(message.dataType);
          if (message.segment != null && Object.hasOwnProperty.call(message, "segment"))
            $root.onnx.TensorProto.Segment.encode(message.segment, writer.uint32(
              /* id 3, wireType 2 =*/
              26
            ).fork()).ldelim();
          if (message.floatData != null && message.floatData.length) {
            writer.uint32(
              /* id 4, wireType 2 =*/
              34
            ).fork();
            for (var i = 0; i < message.floatData.length; ++i)
              writer.float(message.floatData[i]);
            writer.ldelim();
          }
          if (message.int32Data != null && message.int32Data.length) {
            writer.uint32(
              /* id 5, wireType 2 =*/
              42
            ).fork();
            for (var i = 0; i < message.int32Data.length; ++i)
              writer.int32(message.int32Data[i]);
            writer.ldelim();
          }
          if (message.stringData != null && message.stringData.length)
            for (var i = 0; i < message.stringData.length; ++i)
              writer.uint32(
                /* id 6, wireType 2 =*/
                50
              ).bytes(message.stringData[i]);
          if (message.int64Data != null && message.int64Data.length) {
            writer.uint32(
              /* id 7, wireType 2 =*/
              58
            ).fork();
            for (var i = 0; i < message.int64Data.length; ++i)
              writer.int64(message.int64Data[i]);
            writer.ldelim();
          }
          if (message.name != null && Object.hasOwnProperty.call(message, "name"))
            writer.uint32(
              /* id 8, wireType 2 =*/
              66
            ).string(message.name);
          if (message.rawData != null && Object.hasOwnProperty.call(message, "rawData"))
            writer.uint32(
              /* id 9, wireType 2 =*/
              74
            ).bytes(message.rawData);
          if (message.doubleData != null && message.doubleData.length) {
            writer.uint32(
              /* id 10, wireType 2 =*/
              82
            ).fork();
            for (var i = 0; i < message.doubleData.length; ++i)
              writer.double(message.doubleData[i]);
            writer.ldelim();
          }
          if (message.uint64Data != null && message.uint64Data.length) {
            writer.uint32(
              /* id 11, wireType 2 =*/
              90
            ).fork();
            for (var i = 0; i < message.uint64Data.length; ++i)
              writer.uint64(message.uint64Data[i]);
            writer.ldelim();
          }
          if (message.docString != null && Object.hasOwnProperty.call(message, "docString"))
            writer.uint32(
              /* id 12, wireType 2 =*/
              98
            ).string(message.docString);
          if (message.externalData != null && message.externalData.length)
            for (var i = 0; i < message.externalData.length; ++i)
              $root.onnx.StringStringEntryProto.encode(message.externalData[i], writer.uint32(
                /* id 13, wireType 2 =*/
                106
              ).fork()).ldelim();
          if (message.dataLocation != null && Object.hasOwnProperty.call(message, "dataLocation"))
            writer.uint32(
              /* id 14, wireType 0 =*/
              112
            ).int32(message.dataLocation);
          return writer;
        };
        TensorProto.encodeDelimited = function encodeDelimited(message, writer) {
          return this.encode(message, writer).ldelim();
        };
        TensorProto.decode = function decode(reader, length) {
          if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
          var end = length === void 0 ? reader.len : reader.pos + length, message = new $root.onnx.TensorProto();
          while (reader.pos < end) {
            var tag = reader.uint32();
            switch (tag >>> 3) {
              case 1:
                if (!(message.dims && message.dims.length))
                  message.dims = [];
                if ((tag & 7) === 2) {
                  var end2 = reader.uint32() + reader.pos;
                  while (reader.pos < end2)
                    message.dims.push(reader.int64());
                } else
                  message.dims.push(reader.int64());
                break;
              case 2:
                message.dataType = reader.int32();
                break;
              case 3:
                message.segment = $root.onnx.TensorProto.Segment.decode(reader, reader.uint32());
                break;
              case 4:
                if (!(message.floatData && message.floatData.length))
                  message.floatData = [];
                if ((tag & 7) === 2) {
                  var end2 = reader.uint32() + reader.pos;
                  while (reader.pos < end2)
                    message.floatData.push(reader.float());
                } else
                  message.floatData.push(reader.float());
                break;
              case 5:
                if (!(message.int32Data && message.int32Data.length))
                  message.int32Data = [];
                if ((tag & 7) === 2) {
                  var end2 = reader.uint32() + reader.pos;
                  while (reader.pos < end2)
                    message.int32Data.push(reader.int32());
                } else
                  message.int32Data.push(reader.int32());
                break;
              case 6:
                if (!(message.stringData && message.stringData.length))
                  message.stringData = [];
                message.stringData.push(reader.bytes());
                break;
              case 7:
                if (!(message.int64Data && message.int64Data.length))
                  message.int64Data = [];
                if ((tag & 7) === 2) {
                  var end2 = reader.uint32() + reader.pos;
                  while (reader.pos < end2)
                    message.int64Data.push(reader.int64());
                } else
                  message.int64Data.push(reader.int64());
                break;
              case 8:
                message.name = reader.string();
                break;
              case 12:
                message.docString = reader.string();
                break;
              case 9:
                message.rawData = reader.bytes();
                break;
              case 13:
                if (!(message.externalData && message.externalData.length))
                  message.externalData = [];
                message.externalData.push($root.onnx.StringStringEntryProto.decode(reader, reader.uint32()));
                break;
              case 14:
                message.dataLocation = reader.int32();
                break;
              case 10:
                if (!(message.doubleData && message.doubleData.length))
                  message.doubleData = [];
                if ((tag & 7) === 2) {
                  var end2 = reader.uint32() + reader.pos;
                  while (reader.pos < end2)
                    message.doubleData.push(reader.double());
                } else
                  message.doubleData.push(reader.double());
                break;
              case 11:
                if (!(message.uint64Data && message.uint64Data.length))
                  message.uint64Data = [];
                if ((tag & 7) === 2) {
                  var end2 = reader.uint32() + reader.pos;
                  while (reader.pos < end2)
                    message.uint64Data.push(reader.uint64());
                } else
                  message.uint64Data.push(reader.uint64());
                break;
              default:
                reader.skipType(tag & 7);
                break;
            }
          }
          return message;
        };
        TensorProto.decodeDelimited = function decodeDelimited(reader) {
          if (!(reader instanceof $Reader))
            reader = new $Reader(reader);
          return this.decode(reader, reader.uint32());
        };
        TensorProto.verify = function verify(message) {
          if (typeof message !== "object" || message === null)
            return "object expected";
          if (message.dims != null && message.hasOwnProperty("dims")) {
            if (!Array.isArray(message.dims))
              return "dims: array expected";
            for (var i = 0; i < message.dims.length; ++i)
              if (!$util.isInteger(message.dims[i]) && !(message.dims[i] && $util.isInteger(message.dims[i].low) && $util.isInteger(message.dims[i].high)))
                return "dims: integer|Long[] expected";
          }
          if (message.dataType != null && message.hasOwnProperty("dataType")) {
            if (!$util.isInteger(message.dataType))
              return "dataType: integer expected";
          }
          if (message.segment != null && message.hasOwnProperty("segment")) {
            var error = $root.onnx.TensorProto.Segment.verify(message.segment);
            if (error)
              return "segment." + error;
          }
          if (message.floatData != null && message.hasOwnProperty("floatData")) {
            if (!Array.isArray(message.floatData))
              return "floatData: array expected";
            for (var i = 0; i < message.floatData.length; ++i)
              if (typeof message.floatData[i] !== "number")
                return "floatData: number[] expected";
          }
          if (message.int32Data != null && message.hasOwnProperty("int32Data")) {
            if (!Array.isArray(message.int32Data))
              return "int32Data: array expected";
            for (var i = 0; i < message.int32Data.length; ++i)
              if (!$util.isInteger(message.int32Data[i]))
                return "int32Data: integer[] expected";
          }
          if (message.stringData != null && message.hasOwnProperty("stringData")) {
            if (!Array.isArray(message.stringData))
              return "stringData: array expected";
            for (var i = 0; i < message.stringData.length; ++i)
              if (!(message.stringData[i] && typeof message.stringData[i].length === "number" || $util.isString(message.stringData[i])))
                return "stringData: buffer[] expected";
          }
          if (message.int64Data != null && message.hasOwnProperty("int64Data")) {
            if (!Array.isArray(message.int64Data))
              return "int64Data: array expected";
            for (var i = 0; i < message.int64Data.length; ++i)
              if (!$util.isInteger(message.int64Data[i]) && !(message.int64Data[i] && $util.isInteger(message.int64Data[i].low) && $util.isInteger(message.int64Data[i].high)))
                return "int64Data: integer|Long[] expected";
          }
          if (message.name != null && message.hasOwnProperty("name")) {
            if (!$util.isString(message.name))
              return "name: string expected";
          }
          if (message.docString != null && message.hasOwnProperty("docString")) {
            if (!$util.isString(message.docString))
              return "docString: string expected";
          }
          if (message.rawData != null && message.hasOwnProperty("rawData")) {
            if (!(message.rawData && typeof message.rawData.length === "number" || $util.isString(message.rawData)))
              return "rawData: buffer expected";
          }
          if (message.externalData != null && message.hasOwnProperty("externalData")) {
            if (!Array.isArray(message.externalData))
              return "externalData: array expected";
            for (var i = 0; i < message.externalData.length; ++i) {
              var error = $root.onnx.StringStringEntryProto.verify(message.externalData[i]);
              if (error)
                return "externalData." + error;
            }
          }
          if (message.dataLocation != null && message.hasOwnProperty("dataLocation"))
            switch (message.dataLocation) {
              default:
                return "dataLocation: enum value expected";
              case 0:
              case 1:
                break;
            }
          if (message.doubleData != null && message.hasOwnProperty("doubleData")) {
            if (!Array.isArray(message.doubleData))
              return "doubleData: array expected";
            for (var i = 0; i < message.doubleData.length; ++i)
              if (typeof message.doubleData[i] !== "number")
                return "doubleData: number[] expected";
          }
          if (message.uint64Data != null && message.hasOwnProperty("uint64Data")) {
            if (!Array.isArray(message.uint64Data))
              return "uint64Data: array expected";
            for (var i = 0; i < message.uint64Data.length; ++i)
              if (!$util.isInteger(message.uint64Data[i]) && !(message.uint64Data[i] && $util.isInteger(message.uint64Data[i].low) && $util.isInteger(message.uint64Data[i].high)))
                return "uint64Data: integer|Long[] expected";
          }
          return null;
        };
        TensorProto.fromObject = function fromObject(object) {
          if (object instanceof $root.onnx.TensorProto)
            return object;
          var message = new $root.onnx.TensorProto();
          if (object.dims) {
            if (!Array.isArray(object.dims))
              throw TypeError(".onnx.TensorProto.dims: array expected");
            message.dims = [];
            for (var i = 0; i < object.dims.length; ++i)
              if ($util.Long)
                (message.dims[i] = $util.Long.fromValue(object.dims[i])).unsigned = false;
              else if (typeof object.dims[i] === "string")
                message.dims[i] = parseInt(object.dims[i], 10);
              else if (typeof object.dims[i] === "number")
                message.dims[i] = object.dims[i];
              else if (typeof object.dims[i] === "object")
                message.dims[i] = new $util.LongBits(object.dims[i].low >>> 0, object.dims[i].high >>> 0).toNumber();
          }
          if (object.dataType != null)
            message.dataType = object.dataType | 0;
          if (object.segment != null) {
            if (typeof object.segment !== "object")
              throw TypeError(".onnx.TensorProto.segment: object expected");
            message.segment = $root.onnx.TensorProto.Segment.fromObject(object.segment);
          }
          if (object.floatData) {
            if (!Array.isArray(object.floatData))
              throw TypeError(".onnx.TensorProto.floatData: array expected");
            message.floatData = [];
            for (var i = 0; i < object.floatData.length; ++i)
              message.floatData[i] = Number(object.floatData[i]);
          }
          if (object.int32Data) {
            if (!Array.isArray(object.int32Data))
              throw TypeError(".onnx.TensorProto.int32Data: array expected");
            message.int32Data = [];
            for (var i = 0; i < object.int32Data.length; ++i)
              message.int32Data[i] = object.int32Data[i] | 0;
          }
          if (object.stringData) {
            if (!Array.isArray(object.stringData))
              throw TypeError(".onnx.TensorProto.stringData: array expected");
            message.stringData = [];
            for (var i = 0; i < object.stringData.length; ++i)
              if (typeof object.stringData[i] === "string")
                $util.base64.decode(object.stringData[i], message.stringData[i] = $util.newBuffer($util.base64.length(object.stringData[i])), 0);
              else if (object.stringData[i].length)
                message.stringData[i] = object.stringData[i];
          }
          if (object.int64Data) {
            if (!Array.isArray(object.int64Data))
              throw TypeError(".onnx.TensorProto.int64Data: array expected");
            message.int64Data = [];
            for (var i = 0; i < object.int64Data.length; ++i)
              if ($util.Long)
                (message.int64Data[i] = $util.Long.fromValue(object.int64Data[i])).unsigned = false;
              else if (typeof object.int64Data[i] === "string")
                message.int64Data[i] = parseInt(object.int64Data[i], 10);
              else if (typeof object.int64Data[i] === "number")
                message.int64Data[i] = object.int64Data[i];
              else if (typeof object.int64Data[i] === "object")
                message.int64Data[i] = new $util.LongBits(object.int64Data[i].low >>> 0, object.int64Data[i].high >>> 0).toNumber();
          }
          if (object.name != null)
            message.name = String(object.name);
          if (object.docString != null)
            message.docString = String(object.docString);
          if (object.rawData != null) {
            if (typeof object.rawData === "string")
              $util.base64.decode(object.rawData, message.rawData = $util.newBuffer($util.base64.length(object.rawData)), 0);
            else if (object.rawData.length)
              message.rawData = object.rawData;
          }
          if (object.externalData) {
            if (!Array.isArray(object.externalData))
              throw TypeError(".onnx.TensorProto.externalData: array expected");
            message.externalData = [];
            for (var i = 0; i < object.externalData.length; ++i) {
              if (typeof object.externalData[i] !== "object")
                throw TypeError(".onnx.TensorProto.externalData: object expected");
              message.externalData[i] = $root.onnx.StringStringEntryProto.fromObject(object.externalData[i]);
            }
          }
          switch (object.dataLocation) {
            case "DEFAULT":
            case 0:
              message.dataLocation = 0;
              break;
            case "EXTERNAL":
            case 1:
              message.dataLocation = 1;
              break;
          }
          if (object.doubleData) {
            if (!Array.isArray(object.doubleData))
              throw TypeError(".onnx.TensorProto.doubleData: array expected");
            message.doubleData = [];
            for (var i = 0; i < object.doubleData.length; ++i)
              message.doubleData[i] = Number(object.doubleData[i]);
          }
          if (object.uint64Data) {
            if (!Array.isArray(object.uint64Data))
              throw TypeError(".onnx.TensorProto.uint64Data: array expected");
            message.uint64Data = [];
            for (var i = 0; i < object.uint64Data.length; ++i)
              if ($util.Long)
                (message.uint64Data[i] = $util.Long.fromValue(object.uint64Data[i])).unsigned = true;
              else if (typeof object.uint64Data[i] === "string")
                message.uint64Data[i] = parseInt(object.uint64Data[i], 10);
              else if (typeof object.uint64Data[i] === "number")
                message.uint64Data[i] = object.uint64Data[i];
              else if (typeof object.uint64Data[i] === "object")
                message.uint64Data[i] = new $util.LongBits(object.uint64Data[i].low >>> 0, object.uint64Data[i].high >>> 0).toNumber(true);
          }
          return message;
        };
        TensorProto.toObject = function toObject(message, options) {
          if (!options)
            options = {};
          var object = {};
          if (options.arrays || options.defaults) {
            object.dims = [];
            object.floatData = [];
            object.int32Data = [];
            object.stringData = [];
            object.int64Data = [];
            object.doubleData = [];
            object.uint64Data = [];
            object.externalData = [];
          }
          if (options.defaults) {
            object.dataType = 0;
            object.segment = null;
            object.name = "";
            if (options.bytes === String)
              object.rawData = "";
            else {
              object.rawData = [];
              if (options.bytes !== Array)
                object.rawData = $util.newBuffer(object.rawData);
            }
            object.docString = "";
            object.dataLocation = options.enums === String ? "DEFAULT" : 0;
          }
          if (message.dims && message.dims.length) {
            object.dims = [];
            for (var j = 0; j < message.dims.length; ++j)
              if (typeof message.dims[j] === "number")
                object.dims[j] = options.longs === String ? String(message.dims[j]) : message.dims[j];
              else
                object.dims[j] = options.longs === String ? $util.Long.prototype.toString.call(message.dims[j]) : options.longs === Number ? new $util.LongBits(message.dims[j].low >>> 0, message.dims[j].high >>> 0).toNumber() : message.dims[j];
          }
          if (message.dataType != null && message.hasOwnProperty("dataType"))
            object.dataType = message.dataType;
          if (message.segment != null && message.hasOwnProperty("segment"))
            object.segment = $root.onnx.TensorProto.Segment.toObject(message.segment, options);
          if (message.floatData && message.floatData.length) {
            object.floatData = [];
            for (var j = 0; j < message.floatData.length; ++j)
              object.floatData[j] = options.json && !isFinite(message.floatData[j]) ? String(message.floatData[j]) : message.floatData[j];
          }
          if (message.int32Data && message.int32Data.length) {
            object.int32Data = [];
            for (var j = 0; j < message.int32Data.length; ++j)
              object.int32Data[j] = message.int32Data[j];
          }
          if (message.stringData && message.stringData.length) {
            object.stringData = [];
            for (var j = 0; j < message.stringData.length; ++j)
              object.stringData[j] = options.bytes === String ? $util.base64.encode(message.stringData[j], 0, message.stringData[j].length) : options.bytes === Array ? Array.prototype.slice.call(message.stringData[j]) : message.stringData[j];
          }
          if (message.int64Data && message.int64Data.length) {
            object.int64Data = [];
            for (var j = 0; j < message.int64Data.length; ++j)
              if (typeof message.int64Data[j] === "number")
                object.int64Data[j] = options.longs === String ? String(message.int64Data[j]) : message.int64Data[j];
              else
                object.int64Data[j] = options.longs === String ? $util.Long.prototype.toString.call(message.int64Data[j]) : options.longs === Number ? new $util.LongBits(message.int64Data[j].low >>> 0, message.int64Data[j].high >>> 0).toNumber() : message.int64Data[j];
          }
          if (message.name != null && message.hasOwnProperty("name"))
            object.name = message.name;
          if (message.rawData != null && message.hasOwnProperty("rawData"))
            object.rawData = options.bytes === String ? $util.base64.encode(message.rawData, 0, message.rawData.length) : options.bytes === Array ? Array.prototype.slice.call(message.rawData) : message.rawData;
          if (message.doubleData && message.doubleData.length) {
            object.doubleData = [];
            for (var j = 0; j < message.doubleData.length; ++j)
              object.doubleData[j] = options.json && !isFinite(message.doubleData[j]) ? String(message.doubleData[j]) : message.doubleData[j];
          }
          if (message.uint64Data && message.uint64Data.length) {
            object.uint64Data = [];
            for (var j = 0; j < message.uint64Data.length; ++j)
              if (typeof message.uint64Data[j] === "number")
                object.uint64Data[j] = options.longs === String ? String(message.uint64Data[j]) : message.uint64Data[j];
              else
                object.uint64Data[j] = options.longs === String ? $util.Long.prototype.toString.call(message.uint64Data[j]) : options.longs === Number ? new $util.LongBits(message.uint64Data[j].low >>> 0, message.uint64Data[j].high >>> 0).toNumber(true) : message.uint64Data[j];
          }
          if (message.docString != null && message.hasOwnProperty("docString"))
            object.docString = message.docString;
          if (message.externalData && message.externalData.length) {
            object.externalData = [];
            for (var j = 0; j < message.externalData.length; ++j)
              object.externalData[j] = $root.onnx.StringStringEntryProto.toObject(message.externalData[j], options);
          }
          if (message.dataLocation != null && message.hasOwnProperty("dataLocation"))
            object.dataLocation = options.enums === String ? $root.onnx.TensorProto.DataLocation[message.dataLocation] : message.dataLocation;
          return object;
        };
        TensorProto.prototype.toJSON = function toJSON() {
          return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };
        TensorProto.DataType = (function() {
          var valuesById = {}, values = Object.create(valuesById);
          values[valuesById[0] = "UNDEFINED"] = 0;
          values[valuesById[1] = "FLOAT"] = 1;
          values[valuesById[2] = "UINT8"] = 2;
          values[valuesById[3] = "INT8"] = 3;
          values[valuesById[4] = "UINT16"] = 4;
          values[valuesById[5] = "INT16"] = 5;
          values[valuesById[6] = "INT32"] = 6;
          values[valuesById[7] = "INT64"] = 7;
          values[valuesById[8] = "STRING"] = 8;
          values[valuesById[9] = "BOOL"] = 9;
          values[valuesById[10] = "FLOAT16"] = 10;
          values[valuesById[11] = "DOUBLE"] = 11;
          values[valuesById[12] = "UINT32"] = 12;
          values[valuesById[13] = "UINT64"] = 13;
          values[valuesById[14] = "COMPLEX64"] = 14;
          values[valuesById[15] = "COMPLEX128"] = 15;
          values[valuesById[16] = "BFLOAT16"] = 16;
          return values;
        })();
        TensorProto.Segment = (function() {
          function Segment(properties) {
            if (properties) {
              for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null)
                  this[keys[i]] = properties[keys[i]];
            }
          }
          Segment.prototype.begin = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
          Segment.prototype.end = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
          Segment.create = function create(properties) {
            return new Segment(properties);
          };
          Segment.encode = function encode(message, writer) {
            if (!writer)
              writer = $Writer.create();
            if (message.begin != null && Object.hasOwnProperty.call(message, "begin"))
              writer.uint32(
                /* id 1, wireType 0 =*/
                8
              ).int64(message.begin);
            if (message.end != null && Object.hasOwnProperty.call(message, "end"))
              writer.uint32(
                /* id 2, wireType 0 =*/
                16
              ).int64(message.end);
            return writer;
          };
          Segment.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer).ldelim();
          };
          Segment.decode = function decode(reader, length) {
            if (!(reader instanceof $Reader))
              reader = $Reader.create(reader);
            var end = length === void 0 ? reader.len : reader.pos + length, message = new $root.onnx.TensorProto.Segment();
            while (reader.pos < end) {
              var tag = reader.uint32();
              switch (tag >>> 3) {
                case 1:
                  message.begin = reader.int64();
                  break;
                case 2:
                  message.end = reader.int64();
                  break;
                default:
                  reader.skipType(tag & 7);
                  break;
              }
            }
            return message;
          };
          Segment.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
              reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
          };
          Segment.verify = function verify(message) {
            if (typeof message !== "object" || message === null)
              return "object expected";
            if (message.begin != null && message.hasOwnProperty("begin")) {
              if (!$util.isInteger(message.begin) && !(message.begin && $util.isInteger(message.begin.low) && $util.isInteger(message.begin.high)))
                return "begin: integer|Long expected";
            }
            if (message.end != null && message.hasOwnProperty("end")) {
              if (!$util.isInteger(message.end) && !(message.end && $util.isInteger(message.end.low) && $util.isInteger(message.end.high)))
                return "end: integer|Long expected";
            }
            return null;
          };
          Segment.fromObject = function fromObject(object) {
            if (object instanceof $root.onnx.TensorProto.Segment)
              return object;
            var message = new $root.onnx.TensorProto.Segment();
            if (object.begin != null) {
              if ($util.Long)
                (message.begin = $util.Long.fromValue(object.begin)).unsigned = false;
              else if (typeof object.begin === "string")
                message.begin = parseInt(object.begin, 10);
              else if (typeof object.begin === "number")
                message.begin = object.begin;
              else if (typeof object.begin === "object")
                message.begin = new $util.LongBits(object.begin.low >>> 0, object.begin.high >>> 0).toNumber();
            }
            if (object.end != null) {
              if ($util.Long)
                (message.end = $util.Long.fromValue(object.end)).unsigned = false;
              else if (typeof object.end === "string")
                message.end = parseInt(object.end, 10);
              else if (typeof object.end === "number")
                message.end = object.end;
              else if (typeof object.end === "object")
                message.end = new $util.LongBits(object.end.low >>> 0, object.end.high >>> 0).toNumber();
            }
            return message;
          };
          Segment.toObject = function toObject(message, options) {
            if (!options)
              options = {};
            var object = {};
            if (options.defaults) {
              if ($util.Long) {
                var long = new $util.Long(0, 0, false);
                object.begin = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : long;
              } else
                object.begin = options.longs === String ? "0" : 0;
              if ($util.Long) {
                var long = new $util.Long(0, 0, false);
                object.end = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : long;
              } else
                object.end = options.longs === String ? "0" : 0;
            }
            if (message.begin != null && message.hasOwnProperty("begin"))
              if (typeof message.begin === "number")
                object.begin = options.longs === String ? String(message.begin) : message.begin;
              else
                object.begin = options.longs === String ? $util.Long.prototype.toString.call(message.begin) : options.longs === Number ? new $util.LongBits(message.begin.low >>> 0, message.begin.high >>> 0).toNumber() : message.begin;
            if (message.end != null && message.hasOwnProperty("end"))
              if (typeof message.end === "number")
                object.end = options.longs === String ? String(message.end) : message.end;
              else
                object.end = options.longs === String ? $util.Long.prototype.toString.call(message.end) : options.longs === Number ? new $util.LongBits(message.end.low >>> 0, message.end.high >>> 0).toNumber() : message.end;
            return object;
          };
          Segment.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
          };
          return Segment;
        })();
        TensorProto.DataLocation = (function() {
          var valuesById = {}, values = Object.create(valuesById);
          values[valuesById[0] = "DEFAULT"] = 0;
          values[valuesById[1] = "EXTERNAL"] = 1;
          return values;
        })();
        return TensorProto;
      })();
      onnx7.SparseTensorProto = (function() {
        function SparseTensorProto(properties) {
          this.dims = [];
          if (properties) {
            for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
              if (properties[keys[i]] != null)
                this[keys[i]] = properties[keys[i]];
          }
        }
        SparseTensorProto.prototype.values = null;
        SparseTensorProto.prototype.indices = null;
        SparseTensorProto.prototype.dims = $util.emptyArray;
        SparseTensorProto.create = function create(properties) {
          return new SparseTensorProto(properties);
        };
        SparseTensorProto.encode = function encode(message, writer) {
          if (!writer)
            writer = $Writer.create();
          if (message.values != null && Object.hasOwnProperty.call(message, "values"))
            $root.onnx.TensorProto.encode(message.values, writer.uint32(
              /* id 1, wireType 2 =*/
              10
            ).fork()).ldelim();
          if (message.indices != null && Object.hasOwnProperty.call(message, "indices"))
            $root.onnx.TensorProto.encode(message.indices, writer.uint32(
              /* id 2, wireType 2 =*/
              18
            ).fork()).ldelim();
          if (message.dims != null && message.dims.length) {
            writer.uint32(
              /* id 3, wireType 2 =*/
              26
            ).fork();
            for (var i = 0; i < message.dims.length; ++i)
              writer.int64(message.dims[i]);
            writer.ldelim();
          }
          return writer;
        };
        SparseTensorProto.encodeDelimited = function encodeDelimited(message, writer) {
          return this.encode(message, writer).ldelim();
        };
        SparseTensorProto.decode = function decode(reader, length) {
          if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
          var end = length === void 0 ? reader.len : reader.pos + length, message = new $root.onnx.SparseTensorProto();
          while (reader.pos < end) {
            var tag = reader.uint32();
            switch (tag >>> 3) {
              case 1:
                message.values = $root.onnx.TensorProto.decode(reader, reader.uint32());
                break;
              case 2:
                message.indices = $root.onnx.TensorProto.decode(reader, reader.uint32());
                break;
              case 3:
                if (!(message.dims && message.dims.length))
                  message.dims = [];
                if ((tag & 7) === 2) {
                  var end2 = reader.uint32() + reader.pos;
                  while (reader.pos < end2)
                    message.dims.push(reader.int64());
                } else
                  message.dims.push(reader.int64());
                break;
              default:
                reader.skipType(tag & 7);
                break;
            }
          }
          return message;
        };
        SparseTensorProto.decodeDelimited = function decodeDelimited(reader) {
          if (!(reader instanceof $Reader))
            reader = new $Reader(reader);
          return this.decode(reader, reader.uint32());
        };
        SparseTensorProto.verify = function verify(message) {
          if (typeof message !== "object" || message === null)
            return "object expected";
          if (message.values != null && message.hasOwnProperty("values")) {
            var error = $root.onnx.TensorProto.verify(message.values);
            if (error)
              return "values." + error;
          }
          if (message.indices != null && message.hasOwnProperty("indices")) {
            var error = $root.onnx.TensorProto.verify(message.indices);
            if (error)
              return "indices." + error;
          }
          if (message.dims != null && message.hasOwnProperty("dims")) {
            if (!Array.isArray(message.dims))
              return "dims: array expected";
            for (var i = 0; i < message.dims.length; ++i)
              if (!$util.isInteger(message.dims[i]) && !(message.dims[i] && $util.isInteger(message.dims[i].low) && $util.isInteger(message.dims[i].high)))
                return "dims: integer|Long[] expected";
          }
          return null;
        };
        SparseTensorProto.fromObject = function fromObject(object) {
          if (object instanceof $root.onnx.SparseTensorProto)
            return object;
          var message = new $root.onnx.SparseTensorProto();
          if (object.values != null) {
            if (typeof object.values !== "object")
              throw TypeError(".onnx.SparseTensorProto.values: object expected");
            message.values = $root.onnx.TensorProto.fromObject(object.values);
          }
          if (object.indices != null) {
            if (typeof object.indices !== "object")
              throw TypeError(".onnx.SparseTensorProto.indices: object expected");
            message.indices = $root.onnx.TensorProto.fromObject(object.indices);
          }
          if (object.dims) {
            if (!Array.isArray(object.dims))
              throw TypeError(".onnx.SparseTensorProto.dims: array expected");
            message.dims = [];
            for (var i = 0; i < object.dims.length; ++i)
              if ($util.Long)
                (message.dims[i] = $util.Long.fromValue(object.dims[i])).unsigned = false;
              else if (typeof object.dims[i] === "string")
                message.dims[i] = parseInt(object.dims[i], 10);
              else if (typeof object.dims[i] === "number")
                message.dims[i] = object.dims[i];
              else if (typeof object.dims[i] === "object")
                message.dims[i] = new $util.LongBits(object.dims[i].low >>> 0, object.dims[i].high >>> 0).toNumber();
          }
          return message;
        };
        SparseTensorProto.toObject = function toObject(message, options) {
          if (!options)
            options = {};
          var object = {};
          if (options.arrays || options.defaults)
            object.dims = [];
          if (options.defaults) {
            object.values = null;
            object.indices = null;
          }
          if (message.values != null && message.hasOwnProperty("values"))
            object.values = $root.onnx.TensorProto.toObject(message.values, options);
          if (message.indices != null && message.hasOwnProperty("indices"))
            object.indices = $root.onnx.TensorProto.toObject(message.indices, options);
          if (message.dims && message.dims.length) {
            object.dims = [];
            for (var j = 0; j < message.dims.length; ++j)
              if (typeof message.dims[j] === "number")
                object.dims[j] = options.longs === String ? String(message.dims[j]) : message.dims[j];
              else
                object.dims[j] = options.longs === String ? $util.Long.prototype.toString.call(message.dims[j]) : options.longs === Number ? new $util.LongBits(message.dims[j].low >>> 0, message.dims[j].high >>> 0).toNumber() : message.dims[j];
          }
          return object;
        };
        SparseTensorProto.prototype.toJSON = function toJSON() {
          return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };
        return SparseTensorProto;
      })();
      onnx7.TensorShapeProto = (function() {
        function TensorShapeProto(properties) {
          this.dim = [];
          if (properties) {
            for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
              if (properties[keys[i]] != null)
                this[keys[i]] = properties[keys[i]];
          }
        }
        TensorShapeProto.prototype.dim = $util.emptyArray;
        TensorShapeProto.create = function create(properties) {
          return new TensorShapeProto(properties);
        };
        TensorShapeProto.encode = function encode(message, writer) {
          if (!writer)
            writer = $Writer.create();
          if (message.dim != null && message.dim.length)
            for (var i = 0; i < message.dim.length; ++i)
              $root.onnx.TensorShapeProto.Dimension.encode(message.dim[i], writer.uint32(
                /* id 1, wireType 2 =*/
                10
              ).fork()).ldelim();
          return writer;
        };
        TensorShapeProto.encodeDelimited = function encodeDelimited(message, writer) {
          return this.encode(message, writer).ldelim();
        };
        TensorShapeProto.decode = function decode(reader, length) {
          if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
          var end = length === void 0 ? reader.len : reader.pos + length, message = new $root.onnx.TensorShapeProto();
          while (reader.pos < end) {
            var tag = reader.uint32();
            switch (tag >>> 3) {
              case 1:
                if (!(message.dim && message.dim.length))
                  message.dim = [];
                message.dim.push($root.onnx.TensorShapeProto.Dimension.decode(reader, reader.uint32()));
                break;
              default:
                reader.skipType(tag & 7);
                break;
            }
          }
          return message;
        };
        TensorShapeProto.decodeDelimited = function decodeDelimited(reader) {
          if (!(reader instanceof $Reader))
            reader = new $Reader(reader);
          return this.decode(reader, reader.uint32());
        };
        TensorShapeProto.verify = function verify(message) {
          if (typeof message !== "object" || message === null)
            return "object expected";
          if (message.dim != null && message.hasOwnProperty("dim")) {
            if (!Array.isArray(message.dim))
              return "dim: array expected";
            for (var i = 0; i < message.dim.length; ++i) {
              var error = $root.onnx.TensorShapeProto.Dimension.verify(message.dim[i]);
              if (error)
                return "dim." + error;
            }
          }
          return null;
        };
        TensorShapeProto.fromObject = function fromObject(object) {
          if (object instanceof $root.onnx.TensorShapeProto)
            return object;
          var message = new $root.onnx.TensorShapeProto();
          if (object.dim) {
            if (!Array.isArray(object.dim))
              throw TypeError(".onnx.TensorShapeProto.dim: array expected");
            message.dim = [];
            for (var i = 0; i < object.dim.length; ++i) {
              if (typeof object.dim[i] !== "object")
                throw TypeError(".onnx.TensorShapeProto.dim: object expected");
              message.dim[i] = $root.onnx.TensorShapeProto.Dimension.fromObject(object.dim[i]);
            }
          }
          return message;
        };
        TensorShapeProto.toObject = function toObject(message, options) {
          if (!options)
            options = {};
          var object = {};
          if (options.arrays || options.defaults)
            object.dim = [];
          if (message.dim && message.dim.length) {
            object.dim = [];
            for (var j = 0; j < message.dim.length; ++j)
              object.dim[j] = $root.onnx.TensorShapeProto.Dimension.toObject(message.dim[j], options);
          }
          return object;
        };
        TensorShapeProto.prototype.toJSON = function toJSON() {
          return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };
        TensorShapeProto.Dimension = (function() {
          function Dimension(properties) {
            if (properties) {
              for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null)
                  this[keys[i]] = properties[keys[i]];
            }
          }
          Dimension.prototype.dimValue = null;
          Dimension.prototype.dimParam = null;
          Dimension.prototype.denotation = "";
          var $oneOfFields;
          Object.defineProperty(Dimension.prototype, "value", {
            get: $util.oneOfGetter($oneOfFields = ["dimValue", "dimParam"]),
            set: $util.oneOfSetter($oneOfFields)
          });
          Dimension.create = function create(properties) {
            return new Dimension(properties);
          };
          Dimension.encode = function encode(message, writer) {
            if (!writer)
              writer = $Writer.create();
            if (message.dimValue != null && Object.hasOwnProperty.call(message, "dimValue"))
              writer.uint32(
                /* id 1, wireType 0 =*/
                8
              ).int64(message.dimValue);
            if (message.dimParam != null && Object.hasOwnProperty.call(message, "dimParam"))
              writer.uint32(
                /* id 2, wireType 2 =*/
                18
              ).string(message.dimParam);
            if (message.denotation != null && Object.hasOwnProperty.call(message, "denotation"))
              writer.uint32(
                /* id 3, wireType 2 =*/
                26
              ).string(message.denotation);
            return writer;
          };
          Dimension.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer).ldelim();
          };
          Dimension.decode = function decode(reader, length) {
            if (!(reader instanceof $Reader))
              reader = $Reader.create(reader);
            var end = length === void 0 ? reader.len : reader.pos + length, message = new $root.onnx.TensorShapeProto.Dimension();
            while (reader.pos < end) {
              var tag = reader.uint32();
              switch (tag >>> 3) {
                case 1:
                  message.dimValue = reader.int64();
                  break;
                case 2:
                  message.dimParam = reader.string();
                  break;
                case 3:
                  message.denotation = reader.string();
                  break;
                default:
                  reader.skipType(tag & 7);
                  break;
              }
            }
            return message;
          };
          Dimension.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
              reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
          };
          Dimension.verify = function verify(message) {
            if (typeof message !== "object" || message === null)
              return "object expected";
            var properties = {};
            if (message.dimValue != null && message.hasOwnProperty("dimValue")) {
              properties.value = 1;
              if (!$util.isInteger(message.dimValue) && !(message.dimValue && $util.isInteger(message.dimValue.low) && $util.isInteger(message.dimValue.high)))
                return "dimValue: integer|Long expected";
            }
            if (message.dimParam != null && message.hasOwnProperty("dimParam")) {
              if (properties.value === 1)
                return "value: multiple values";
              properties.value = 1;
              if (!$util.isString(message.dimParam))
                return "dimParam: string expected";
            }
            if (message.denotation != null && message.hasOwnProperty("denotation")) {
              if (!$util.isString(message.denotation))
                return "denotation: string expected";
            }
            return null;
          };
          Dimension.fromObject = function fromObject(object) {
            if (object instanceof $root.onnx.TensorShapeProto.Dimension)
              return object;
            var message = new $root.onnx.TensorShapeProto.Dimension();
            if (object.dimValue != null) {
              if ($util.Long)
                (message.dimValue = $util.Long.fromValue(object.dimValue)).unsigned = false;
              else if (typeof object.dimValue === "string")
                message.dimValue = parseInt(object.dimValue, 10);
              else if (typeof object.dimValue === "number")
                message.dimValue = object.dimValue;
              else if (typeof object.dimValue === "object")
                message.dimValue = new $util.LongBits(object.dimValue.low >>> 0, object.dimValue.high >>> 0).toNumber();
            }
            if (object.dimParam != null)
              message.dimParam = String(object.dimParam);
            if (object.denotation != null)
              message.denotation = String(object.denotation);
            return message;
          };
          Dimension.toObject = function toObject(message, options) {
            if (!options)
              options = {};
            var object = {};
            if (options.defaults)
              object.denotation = "";
            if (message.dimValue != null && message.hasOwnProperty("dimValue")) {
              if (typeof message.dimValue === "number")
                object.dimValue = options.longs === String ? String(message.dimValue) : message.dimValue;
              else
                object.dimValue = options.longs === String ? $util.Long.prototype.toString.call(message.dimValue) : options.longs === Number ? new $util.LongBits(message.dimValue.low >>> 0, message.dimValue.high >>> 0).toNumber() : message.dimValue;
              if (options.oneofs)
                object.value = "dimValue";
            }
            if (message.dimParam != null && message.hasOwnProperty("dimParam")) {
              object.dimParam = message.dimParam;
              if (options.oneofs)
                object.value = "dimParam";
            }
            if (message.denotation != null && message.hasOwnProperty("denotation"))
              object.denotation = message.denotation;
            return object;
          };
          Dimension.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
          };
          return Dimension;
        })();
        return TensorShapeProto;
      })();
      onnx7.TypeProto = (function() {
        function TypeProto(properties) {
          if (properties) {
            for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
              if (properties[keys[i]] != null)
                this[keys[i]] = properties[keys[i]];
          }
        }
        TypeProto.prototype.tensorType = null;
        TypeProto.prototype.sequenceType = null;
        TypeProto.prototype.mapType = null;
        TypeProto.prototype.optionalType = null;
        TypeProto.prototype.sparseTensorType = null;
        TypeProto.prototype.denotation = "";
        var $oneOfFields;
        Object.defineProperty(TypeProto.prototype, "value", {
          get: $util.oneOfGetter($oneOfFields = ["tensorType", "sequenceType", "mapType", "optionalType", "sparseTensorType"]),
          set: $util.oneOfSetter($oneOfFields)
        });
        TypeProto.create = function create(properties) {
          return new TypeProto(properties);
        };
        TypeProto.encode = function encode(message, writer) {
          if (!writer)
            writer = $Writer.create();
          if (message.tensorType != null && Object.hasOwnProperty.call(message, "tensorType"))
            $root.onnx.TypeProto.Tensor.encode(message.tensorType, writer.uint32(
              /* id 1, wireType 2 =*/
              10
            ).fork()).ldelim();
          if (message.sequenceType != null && Object.hasOwnProperty.call(message, "sequenceType"))
            $root.onnx.TypeProto.Sequence.encode(message.sequenceType, writer.uint32(
              /* id 4, wireType 2 =*/
              34
            ).fork()).ldelim();
          if (message.mapType != null && Object.hasOwnProperty.call(message, "mapType"))
            $root.onnx.TypeProto.Map.encode(message.mapType, writer.uint32(
              /* id 5, wireType 2 =*/
              42
            ).fork()).ldelim();
          if (message.denotation != null && Object.hasOwnProperty.call(message, "denotation"))
            writer.uint32(
              /* id 6, wireType 2 =*/
              50
            ).string(message.denotation);
          if (message.sparseTensorType != null && Object.hasOwnProperty.call(message, "sparseTensorType"))
            $root.onnx.TypeProto.SparseTensor.encode(message.sparseTensorType, writer.uint32(
              /* id 8, wireType 2 =*/
              66
            ).fork()).ldelim();
          if (message.optionalType != null && Object.hasOwnProperty.call(message, "optionalType"))
            $root.onnx.TypeProto.Optional.encode(message.optionalType, writer.uint32(
              /* id 9, wireType 2 =*/
              74
            ).fork()).ldelim();
          return writer;
        };
        TypeProto.encodeDelimited = function encodeDelimited(message, writer) {
          return this.encode(message, writer).ldelim();
        };
        TypeProto.decode = function decode(reader, length) {
          if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
          var end = length === void 0 ? reader.len : reader.pos + length, message = new $root.onnx.TypeProto();
          while (reader.pos < end) {
            var tag = reader.uint32();
            switch (tag >>> 3) {
              case 1:
                message.tensorType = $root.onnx.TypeProto.Tensor.decode(reader, reader.uint32());
                break;
              case 4:
                message.sequenceType = $root.onnx.TypeProto.Sequence.decode(reader, reader.uint32());
                break;
              case 5:
                message.mapType = $root.onnx.TypeProto.Map.decode(reader, reader.uint32());
                break;
              case 9:
                message.optionalType = $root.onnx.TypeProto.Optional.decode(reader, reader.uint32());
                break;
              case 8:
                message.sparseTensorType = $root.onnx.TypeProto.SparseTensor.decode(reader, reader.uint32());
                break;
              case 6:
                message.denotation = reader.string();
                break;
              default:
                reader.skipType(tag & 7);
                break;
            }
          }
          return message;
        };
        TypeProto.decodeDelimited = function decodeDelimited(reader) {
          if (!(reader instanceof $Reader))
            reader = new $Reader(reader);
          return this.decode(reader, reader.uint32());
        };
        TypeProto.verify = function verify(message) {
          if (typeof message !== "object" || message === null)
            return "object expected";
          var properties = {};
          if (message.tensorType != null && message.hasOwnProperty("tensorType")) {
            properties.value = 1;
            {
              var error = $root.onnx.TypeProto.Tensor.verify(message.tensorType);
              if (error)
                return "tensorType." + error;
            }
          }
          if (message.sequenceType != null && message.hasOwnProperty("sequenceType")) {
            if (properties.value === 1)
              return "value: multiple values";
            properties.value = 1;
            {
              var error = $root.onnx.TypeProto.Sequence.verify(message.sequenceType);
              if (error)
                return "sequenceType." + error;
            }
          }
          if (message.mapType != null && message.hasOwnProperty("mapType")) {
            if (properties.value === 1)
              return "value: multiple values";
            properties.value = 1;
            {
              var error = $root.onnx.TypeProto.Map.verify(message.mapType);
              if (error)
                return "mapType." + error;
            }
          }
          if (message.optionalType != null && message.hasOwnProperty("optionalType")) {
            if (properties.value === 1)
              return "value: multiple values";
            properties.value = 1;
            {
              var error = $root.onnx.TypeProto.Optional.verify(message.optionalType);
              if (error)
                return "optionalType." + error;
            }
          }
          if (message.sparseTensorType != null && message.hasOwnProperty("sparseTensorType")) {
            if (properties.value === 1)
              return "value: multiple values";
            properties.value = 1;
            {
              var error = $root.onnx.TypeProto.SparseTensor.verify(message.sparseTensorType);
              if (error)
                return "sparseTensorType." + error;
            }
          }
          if (message.denotation != null && message.hasOwnProperty("denotation")) {
            if (!$util.isString(message.denotation))
              return "denotation: string expected";
          }
          return null;
        };
        TypeProto.fromObject = function fromObject(object) {
          if (object instanceof $root.onnx.TypeProto)
            return object;
          var message = new $root.onnx.TypeProto();
          if (object.tensorType != null) {
            if (typeof object.tensorType !== "object")
              throw TypeError(".onnx.TypeProto.tensorType: object expected");
            message.tensorType = $root.onnx.TypeProto.Tensor.fromObject(object.tensorType);
          }
          if (object.sequenceType != null) {
            if (typeof object.sequenceType !== "object")
              throw TypeError(".onnx.TypeProto.sequenceType: object expected");
            message.sequenceType = $root.onnx.TypeProto.Sequence.fromObject(object.sequenceType);
          }
          if (object.mapType != null) {
            if (typeof object.mapType !== "object")
              throw TypeError(".onnx.TypeProto.mapType: object expected");
            message.mapType = $root.onnx.TypeProto.Map.fromObject(object.mapType);
          }
          if (object.optionalType != null) {
            if (typeof object.optionalType !== "object")
              throw TypeError(".onnx.TypeProto.optionalType: object expected");
            message.optionalType = $root.onnx.TypeProto.Optional.fromObject(object.optionalType);
          }
          if (object.sparseTensorType != null) {
            if (typeof object.sparseTensorType !== "object")
              throw TypeError(".onnx.TypeProto.sparseTensorType: object expected");
            message.sparseTensorType = $root.onnx.TypeProto.SparseTensor.fromObject(object.sparseTensorType);
          }
          if (object.denotation != null)
            message.denotation = String(object.denotation);
          return message;
        };
        TypeProto.toObject = function toObject(message, options) {
          if (!options)
            options = {};
          var object = {};
          if (options.defaults)
            object.denotation = "";
          if (message.tensorType != null && message.hasOwnProperty("tensorType")) {
            object.tensorType = $root.onnx.TypeProto.Tensor.toObject(message.tensorType, options);
            if (options.oneofs)
              object.value = "tensorType";
          }
          if (message.sequenceType != null && message.hasOwnProperty("sequenceType")) {
            object.sequenceType = $root.onnx.TypeProto.Sequence.toObject(message.sequenceType, options);
            if (options.oneofs)
              object.value = "sequenceType";
          }
          if (message.mapType != null && message.hasOwnProperty("mapType")) {
            object.mapType = $root.onnx.TypeProto.Map.toObject(message.mapType, options);
            if (options.oneofs)
              object.value = "mapType";
          }
          if (message.denotation != null && message.hasOwnProperty("denotation"))
            object.denotation = message.denotation;
          if (message.sparseTensorType != null && message.hasOwnProperty("sparseTensorType")) {
            object.sparseTensorType = $root.onnx.TypeProto.SparseTensor.toObject(message.sparseTensorType, options);
            if (options.oneofs)
              object.value = "sparseTensorType";
          }
          if (message.optionalType != null && message.hasOwnProperty("optionalType")) {
            object.optionalType = $root.onnx.TypeProto.Optional.toObject(message.optionalType, options);
            if (options.oneofs)
              object.value = "optionalType";
          }
          return object;
        };
        TypeProto.prototype.toJSON = function toJSON() {
          return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };
        TypeProto.Tensor = (function() {
          function Tensor2(properties) {
            if (properties) {
              for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null)
                  this[keys[i]] = properties[keys[i]];
            }
          }
          Tensor2.prototype.elemType = 0;
          Tensor2.prototype.shape = null;
          Tensor2.create = function create(properties) {
            return new Tensor2(properties);
          };
          Tensor2.encode = function encode(message, writer) {
            if (!writer)
              writer = $Writer.create();
            if (message.elemType != null && Object.hasOwnProperty.call(message, "elemType"))
              writer.uint32(
                /* id 1, wireType 0 =*/
                8
              ).int32(message.elemType);
            if (message.shape != null && Object.hasOwnProperty.call(message, "shape"))
              $root.onnx.TensorShapeProto.encode(message.shape, writer.uint32(
                /* id 2, wireType 2 =*/
                18
              ).fork()).ldelim();
            return writer;
          };
          Tensor2.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer).ldelim();
          };
          Tensor2.decode = function decode(reader, length) {
            if (!(reader instanceof $Reader))
              reader = $Reader.create(reader);
            var end = length === void 0 ? reader.len : reader.pos + length, message = new $root.onnx.TypeProto.Tensor();
            while (reader.pos < end) {
              var tag = reader.uint32();
              switch (tag >>> 3) {
                case 1:
                  message.elemType = reader.int32();
                  break;
                case 2:
                  message.shape = $root.onnx.TensorShapeProto.decode(reader, reader.uint32());
                  break;
                default:
                  reader.skipType(tag & 7);
                  break;
              }
            }
            return message;
          };
          Tensor2.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
              reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
          };
          Tensor2.verify = function verify(message) {
            if (typeof message !== "object" || message === null)
              return "object expected";
            if (message.elemType != null && message.hasOwnProperty("elemType")) {
              if (!$util.isInteger(message.elemType))
                return "elemType: integer expected";
            }
            if (message.shape != null && message.hasOwnProperty("shape")) {
              var error = $root.onnx.TensorShapeProto.verify(message.shape);
              if (error)
                return "shape." + error;
            }
            return null;
          };
          Tensor2.fromObject = function fromObject(object) {
            if (object instanceof $root.onnx.TypeProto.Tensor)
              return object;
            var message = new $root.onnx.TypeProto.Tensor();
            if (object.elemType != null)
              message.elemType = object.elemType | 0;
            if (object.shape != null) {
              if (typeof object.shape !== "object")
                throw TypeError(".onnx.TypeProto.Tensor.shape: object expected");
              message.shape = $root.onnx.TensorShapeProto.fromObject(object.shape);
            }
            return message;
          };
          Tensor2.toObject = function toObject(message, options) {
            if (!options)
              options = {};
            var object = {};
            if (options.defaults) {
              object.elemType = 0;
              object.shape = null;
            }
            if (message.elemType != null && message.hasOwnProperty("elemType"))
              object.elemType = message.elemType;
            if (message.shape != null && message.hasOwnProperty("shape"))
              object.shape = $root.onnx.TensorShapeProto.toObject(message.shape, options);
            return object;
          };
          Tensor2.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
          };
          return Tensor2;
        })();
        TypeProto.Sequence = (function() {
          function Sequence(properties) {
            if (properties) {
              for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null)
                  this[keys[i]] = properties[keys[i]];
            }
          }
          Sequence.prototype.elemType = null;
          Sequence.create = function create(properties) {
            return new Sequence(properties);
          };
          Sequence.encode = function encode(message, writer) {
            if (!writer)
              writer = $Writer.create();
            if (message.elemType != null && Object.hasOwnProperty.call(message, "elemType"))
              $root.onnx.TypeProto.encode(message.elemType, writer.uint32(
                /* id 1, wireType 2 =*/
                10
              ).fork()).ldelim();
            return writer;
          };
          Sequence.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer).ldelim();
          };
          Sequence.decode = function decode(reader, length) {
            if (!(reader instanceof $Reader))
              reader = $Reader.create(reader);
            var end = length === void 0 ? reader.len : reader.pos + length, message = new $root.onnx.TypeProto.Sequence();
            while (reader.pos < end) {
              var tag = reader.uint32();
              switch (tag >>> 3) {
                case 1:
                  message.elemType = $root.onnx.TypeProto.decode(reader, reader.uint32());
                  break;
                default:
                  reader.skipType(tag & 7);
                  break;
              }
            }
            return message;
          };
          Sequence.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
              reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
          };
          Sequence.verify = function verify(message) {
            if (typeof message !== "object" || message === null)
              return "object expected";
            if (message.elemType != null && message.hasOwnProperty("elemType")) {
              var error = $root.onnx.TypeProto.verify(message.elemType);
              if (error)
                return "elemType." + error;
            }
            return null;
          };
          Sequence.fromObject = function fromObject(object) {
            if (object instanceof $root.onnx.TypeProto.Sequence)
              return object;
            var message = new $root.onnx.TypeProto.Sequence();
            if (object.elemType != null) {
              if (typeof object.elemType !== "object")
                throw TypeError(".onnx.TypeProto.Sequence.elemType: object expected");
              message.elemType = $root.onnx.TypeProto.fromObject(object.elemType);
            }
            return message;
          };
          Sequence.toObject = function toObject(message, options) {
            if (!options)
              options = {};
            var object = {};
            if (options.defaults)
              object.elemType = null;
            if (message.elemType != null && message.hasOwnProperty("elemType"))
              object.elemType = $root.onnx.TypeProto.toObject(message.elemType, options);
            return object;
          };
          Sequence.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
          };
          return Sequence;
        })();
        TypeProto.Map = (function() {
          function Map2(properties) {
            if (properties) {
              for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null)
                  this[keys[i]] = properties[keys[i]];
            }
          }
          Map2.prototype.keyType = 0;
          Map2.prototype.valueType = null;
          Map2.create = function create(properties) {
            return new Map2(properties);
          };
          Map2.encode = function encode(message, writer) {
            if (!writer)
              writer = $Writer.create();
            if (message.keyType != null && Object.hasOwnProperty.call(message, "keyType"))
              writer.uint32(
                /* id 1, wireType 0 =*/
                8
              ).int32(message.keyType);
            if (message.valueType != null && Object.hasOwnProperty.call(message, "valueType"))
              $root.onnx.TypeProto.encode(message.valueType, writer.uint32(
                /* id 2, wireType 2 =*/
                18
              ).fork()).ldelim();
            return writer;
          };
          Map2.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer).ldelim();
          };
          Map2.decode = function decode(reader, length) {
            if (!(reader instanceof $Reader))
              reader = $Reader.create(reader);
            var end = length === void 0 ? reader.len : reader.pos + length, message = new $root.onnx.TypeProto.Map();
            while (reader.pos < end) {
              var tag = reader.uint32();
              switch (tag >>> 3) {
                case 1:
                  message.keyType = reader.int32();
                  break;
                case 2:
                  message.valueType = $root.onnx.TypeProto.decode(reader, reader.uint32());
                  break;
                default:
                  reader.skipType(tag & 7);
                  break;
              }
            }
            return message;
          };
          Map2.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
              reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
          };
          Map2.verify = function verify(message) {
            if (typeof message !== "object" || message === null)
              return "object expected";
            if (message.keyType != null && message.hasOwnProperty("keyType")) {
              if (!$util.isInteger(message.keyType))
                return "keyType: integer expected";
            }
            if (message.valueType != null && message.hasOwnProperty("valueType")) {
              var error = $root.onnx.TypeProto.verify(message.valueType);
              if (error)
                return "valueType." + error;
            }
            return null;
          };
          Map2.fromObject = function fromObject(object) {
            if (object instanceof $root.onnx.TypeProto.Map)
              return object;
            var message = new $root.onnx.TypeProto.Map();
            if (object.keyType != null)
              message.keyType = object.keyType | 0;
            if (object.valueType != null) {
              if (typeof object.valueType !== "object")
                throw TypeError(".onnx.TypeProto.Map.valueType: object expected");
              message.valueType = $root.onnx.TypeProto.fromObject(object.valueType);
            }
            return message;
          };
          Map2.toObject = function toObject(message, options) {
            if (!options)
              options = {};
            var object = {};
            if (options.defaults) {
              object.keyType = 0;
              object.valueType = null;
            }
            if (message.keyType != null && message.hasOwnProperty("keyType"))
              object.keyType = message.keyType;
            if (message.valueType != null && message.hasOwnProperty("valueType"))
              object.valueType = $root.onnx.TypeProto.toObject(message.valueType, options);
            return object;
          };
          Map2.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
          };
          return Map2;
        })();
        TypeProto.Optional = (function() {
          function Optional(properties) {
            if (properties) {
              for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null)
                  this[keys[i]] = properties[keys[i]];
            }
          }
          Optional.prototype.elemType = null;
          Optional.create = function create(properties) {
            return new Optional(properties);
          };
          Optional.encode = function encode(message, writer) {
            if (!writer)
              writer = $Writer.create();
            if (message.elemType != null && Object.hasOwnProperty.call(message, "elemType"))
              $root.onnx.TypeProto.encode(message.elemType, writer.uint32(
                /* id 1, wireType 2 =*/
                10
              ).fork()).ldelim();
            return writer;
          };
          Optional.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer).ldelim();
          };
          Optional.decode = function decode(reader, length) {
            if (!(reader instanceof $Reader))
              reader = $Reader.create(reader);
            var end = length === void 0 ? reader.len : reader.pos + length, message = new $root.onnx.TypeProto.Optional();
            while (reader.pos < end) {
              var tag = reader.uint32();
              switch (tag >>> 3) {
                case 1:
                  message.elemType = $root.onnx.TypeProto.decode(reader, reader.uint32());
                  break;
                default:
                  reader.skipType(tag & 7);
                  break;
              }
            }
            return message;
          };
          Optional.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
              reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
          };
          Optional.verify = function verify(message) {
            if (typeof message !== "object" || message === null)
              return "object expected";
            if (message.elemType != null && message.hasOwnProperty("elemType")) {
              var error = $root.onnx.TypeProto.verify(message.elemType);
              if (error)
                return "elemType." + error;
            }
            return null;
          };
          Optional.fromObject = function fromObject(object) {
            if (object instanceof $root.onnx.TypeProto.Optional)
              return object;
            var message = new $root.onnx.TypeProto.Optional();
            if (object.elemType != null) {
              if (typeof object.elemType !== "object")
                throw TypeError(".onnx.TypeProto.Optional.elemType: object expected");
              message.elemType = $root.onnx.TypeProto.fromObject(object.elemType);
            }
            return message;
          };
          Optional.toObject = function toObject(message, options) {
            if (!options)
              options = {};
            var object = {};
            if (options.defaults)
              object.elemType = null;
            if (message.elemType != null && message.hasOwnProperty("elemType"))
              object.elemType = $root.onnx.TypeProto.toObject(message.elemType, options);
            return object;
          };
          Optional.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
          };
          return Optional;
        })();
        TypeProto.SparseTensor = (function() {
          function SparseTensor(properties) {
            if (properties) {
              for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null)
                  this[keys[i]] = properties[keys[i]];
            }
          }
          SparseTensor.prototype.elemType = 0;
          SparseTensor.prototype.shape = null;
          SparseTensor.create = function create(properties) {
            return new SparseTensor(properties);
          };
          SparseTensor.encode = function encode(message, writer) {
            if (!writer)
              writer = $Writer.create();
            if (message.elemType != null && Object.hasOwnProperty.call(message, "elemType"))
              writer.uint32(
                /* id 1, wireType 0 =*/
                8
              ).int32(message.elemType);
            if (message.shape != null && Object.hasOwnProperty.call(message, "shape"))
              $root.onnx.TensorShapeProto.encode(message.shape, writer.uint32(
                /* id 2, wireType 2 =*/
                18
              ).fork()).ldelim();
            return writer;
          };
          SparseTensor.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer).ldelim();
          };
          SparseTensor.decode = function decode(reader, length) {
            if (!(reader instanceof $Reader))
              reader = $Reader.create(reader);
            var end = length === void 0 ? reader.len : reader.pos + length, message = new $root.onnx.TypeProto.SparseTensor();
            while (reader.pos < end) {
              var tag = reader.uint32();
              switch (tag >>> 3) {
                case 1:
                  message.elemType = reader.int32();
                  break;
                case 2:
                  message.shape = $root.onnx.TensorShapeProto.decode(reader, reader.uint32());
                  break;
                default:
                  reader.skipType(tag & 7);
                  break;
              }
            }
            return message;
          };
          SparseTensor.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
              reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
          };
          SparseTensor.verify = function verify(message) {
            if (typeof message !== "object" || message === null)
              return "object expected";
            if (message.elemType != null && message.hasOwnProperty("elemType")) {
              if (!$util.isInteger(message.elemType))
                return "elemType: integer expected";
            }
            if (message.shape != null && message.hasOwnProperty("shape")) {
              var error = $root.onnx.TensorShapeProto.verify(message.shape);
              if (error)
                return "shape." + error;
            }
            return null;
          };
          SparseTensor.fromObject = function fromObject(object) {
            if (object instanceof $root.onnx.TypeProto.SparseTensor)
              return object;
            var message = new $root.onnx.TypeProto.SparseTensor();
            if (object.elemType != null)
              message.elemType = object.elemType | 0;
            if (object.shape != null) {
              if (typeof object.shape !== "object")
                throw TypeError(".onnx.TypeProto.SparseTensor.shape: object expected");
              message.shape = $root.onnx.TensorShapeProto.fromObject(object.shape);
            }
            return message;
          };
          SparseTensor.toObject = function toObject(message, options) {
            if (!options)
              options = {};
            var object = {};
            if (options.defaults) {
              object.elemType = 0;
              object.shape = null;
            }
            if (message.elemType != null && message.hasOwnProperty("elemType"))
              object.elemType = message.elemType;
            if (message.shape != null && message.hasOwnProperty("shape"))
              object.shape = $root.onnx.TensorShapeProto.toObject(message.shape, options);
            return object;
          };
          SparseTensor.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
          };
          return SparseTensor;
        })();
        return TypeProto;
      })();
      onnx7.OperatorSetIdProto = (function() {
        function OperatorSetIdProto(properties) {
          if (properties) {
            for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
              if (properties[keys[i]] != null)
                this[keys[i]] = properties[keys[i]];
          }
        }
        OperatorSetIdProto.prototype.domain = "";
        OperatorSetIdProto.prototype.version = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
        OperatorSetIdProto.create = function create(properties) {
          return new OperatorSetIdProto(properties);
        };
        OperatorSetIdProto.encode = function encode(message, writer) {
          if (!writer)
            writer = $Writer.create();
          if (message.domain != null && Object.hasOwnProperty.call(message, "domain"))
            writer.uint32(
              /* id 1, wireType 2 =*/
              10
            ).string(message.domain);
          if (message.version != null && Object.hasOwnProperty.call(message, "version"))
            writer.uint32(
              /* id 2, wireType 0 =*/
              16
            ).int64(message.version);
          return writer;
        };
        OperatorSetIdProto.encodeDelimited = function encodeDelimited(message, writer) {
          return this.encode(message, writer).ldelim();
        };
        OperatorSetIdProto.decode = function decode(reader, length) {
          if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
          var end = length === void 0 ? reader.len : reader.pos + length, message = new $root.onnx.OperatorSetIdProto();
          while (reader.pos < end) {
            var tag = reader.uint32();
            switch (tag >>> 3) {
              case 1:
                message.domain = reader.string();
                break;
              case 2:
                message.version = reader.int64();
                break;
              default:
                reader.skipType(tag & 7);
                break;
            }
          }
          return message;
        };
        OperatorSetIdProto.decodeDelimited = function decodeDelimited(reader) {
          if (!(reader instanceof $Reader))
            reader = new $Reader(reader);
          return this.decode(reader, reader.uint32());
        };
        OperatorSetIdProto.verify = function verify(message) {
          if (typeof message !== "object" || message === null)
            return "object expected";
          if (message.domain != null && message.hasOwnProperty("domain")) {
            if (!$util.isString(message.domain))
              return "domain: string expected";
          }
          if (message.version != null && message.hasOwnProperty("version")) {
            if (!$util.isInteger(message.version) && !(message.version && $util.isInteger(message.version.low) && $util.isInteger(message.version.high)))
              return "version: integer|Long expected";
          }
          return null;
        };
        OperatorSetIdProto.fromObject = function fromObject(object) {
          if (object instanceof $root.onnx.OperatorSetIdProto)
            return object;
          var message = new $root.onnx.OperatorSetIdProto();
          if (object.domain != null)
            message.domain = String(object.domain);
          if (object.version != null) {
            if ($util.Long)
              (message.version = $util.Long.fromValue(object.version)).unsigned = false;
            else if (typeof object.version === "string")
              message.version = parseInt(object.version, 10);
            else if (typeof object.version === "number")
              message.version = object.version;
            else if (typeof object.version === "object")
              message.version = new $util.LongBits(object.version.low >>> 0, object.version.high >>> 0).toNumber();
          }
          return message;
        };
        OperatorSetIdProto.toObject = function toObject(message, options) {
          if (!options)
            options = {};
          var object = {};
          if (options.defaults) {
            object.domain = "";
            if ($util.Long) {
              var long = new $util.Long(0, 0, false);
              object.version = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : long;
            } else
              object.version = options.longs === String ? "0" : 0;
          }
          if (message.domain != null && message.hasOwnProperty("domain"))
            object.domain = message.domain;
          if (message.version != null && message.hasOwnProperty("version"))
            if (typeof message.version === "number")
              object.version = options.longs === String ? String(message.version) : message.version;
            else
              object.version = options.longs === String ? $util.Long.prototype.toString.call(message.version) : options.longs === Number ? new $util.LongBits(message.version.low >>> 0, message.version.high >>> 0).toNumber() : message.version;
          return object;
        };
        OperatorSetIdProto.prototype.toJSON = function toJSON() {
          return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };
        return OperatorSetIdProto;
      })();
      onnx7.OperatorStatus = (function() {
        var valuesById = {}, values = Object.create(valuesById);
        values[valuesById[0] = "EXPERIMENTAL"] = 0;
        values[valuesById[1] = "STABLE"] = 1;
        return values;
      })();
      onnx7.FunctionProto = (function() {
        function FunctionProto(properties) {
          this.input = [];
          this.output = [];
          this.attribute = [];
          this.node = [];
          this.opsetImport = [];
          if (properties) {
            for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
              if (properties[keys[i]] != null)
                this[keys[i]] = properties[keys[i]];
          }
        }
        FunctionProto.prototype.name = "";
        FunctionProto.prototype.input = $util.emptyArray;
        FunctionProto.prototype.output = $util.emptyArray;
        FunctionProto.prototype.attribute = $util.emptyArray;
        FunctionProto.prototype.node = $util.emptyArray;
        FunctionProto.prototype.docString = "";
        FunctionProto.prototype.opsetImport = $util.emptyArray;
        FunctionProto.prototype.domain = "";
        FunctionProto.create = function create(properties) {
          return new FunctionProto(properties);
        };
        FunctionProto.encode = function encode(message, writer) {
          if (!writer)
            writer = $Writer.create();
          if (message.name != null && Object.hasOwnProperty.call(message, "name"))
            writer.uint32(
              /* id 1, wireType 2 =*/
              10
            ).string(message.name);
          if (message.input != null && message.input.length)
            for (var i = 0; i < message.input.length; ++i)
              writer.uint32(
                /* id 4, wireType 2 =*/
                34
              ).string(message.input[i]);
          if (message.output != null && message.output.length)
            for (var i = 0; i < message.output.length; ++i)
              writer.uint32(
                /* id 5, wireType 2 =*/
                42
              ).string(message.output[i]);
          if (message.attribute != null && message.attribute.length)
            for (var i = 0; i < message.attribute.length; ++i)
              writer.uint32(
                /* id 6, wireType 2 =*/
                50
              ).string(message.attribute[i]);
          if (message.node != null && message.node.length)
            for (var i = 0; i < message.node.length; ++i)
              $root.onnx.NodeProto.encode(message.node[i], writer.uint32(
                /* id 7, wireType 2 =*/
                58
              ).fork()).ldelim();
          if (message.docString != null && Object.hasOwnProperty.call(message, "docString"))
            writer.uint32(
              /* id 8, wireType 2 =*/
              66
            ).string(message.docString);
          if (message.opsetImport != null && message.opsetImport.length)
            for (var i = 0; i < message.opsetImport.length; ++i)
              $root.onnx.OperatorSetIdProto.encode(message.opsetImport[i], writer.uint32(
                /* id 9, wireType 2 =*/
                74
              ).fork()).ldelim();
          if (message.domain != null && Object.hasOwnProperty.call(message, "domain"))
            writer.uint32(
              /* id 10, wireType 2 =*/
              82
            ).string(message.domain);
          return writer;
        };
        FunctionProto.encodeDelimited = function encodeDelimited(message, writer) {
          return this.encode(message, writer).ldelim();
        };
        FunctionProto.decode = function decode(reader, length) {
          if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
          var end = length === void 0 ? reader.len : reader.pos + length, message = new $root.onnx.FunctionProto();
          while (reader.pos < end) {
            var tag = reader.uint32();
            switch (tag >>> 3) {
              case 1:
                message.name = reader.string();
                break;
              case 4:
                if (!(message.input && message.input.length))
                  message.input = [];
                message.input.push(reader.string());
                break;
              case 5:
                if (!(message.output && message.output.length))
                  message.output = [];
                message.output.push(reader.string());
                break;
              case 6:
                if (!(message.attribute && message.attribute.length))
                  message.attribute = [];
                message.attribute.push(reader.string());
                break;
              case 7:
                if (!(message.node && message.node.length))
                  message.node = [];
                message.node.push($root.onnx.NodeProto.decode(reader, reader.uint32()));
                break;
              case 8:
                message.docString = reader.string();
                break;
              case 9:
                if (!(message.opsetImport && message.opsetImport.length))
                  message.opsetImport = [];
                message.opsetImport.push($root.onnx.OperatorSetIdProto.decode(reader, reader.uint32()));
                break;
              case 10:
                message.domain = reader.string();
                break;
              default:
                reader.skipType(tag & 7);
                break;
            }
          }
          return message;
        };
        FunctionProto.decodeDelimited = function decodeDelimited(reader) {
          if (!(reader instanceof $Reader))
            reader = new $Reader(reader);
          return this.decode(reader, reader.uint32());
        };
        FunctionProto.verify = function verify(message) {
          if (typeof message !== "object" || message === null)
            return "object expected";
          if (message.name != null && message.hasOwnProperty("name")) {
            if (!$util.isString(message.name))
              return "name: string expected";
          }
          if (message.input != null && message.hasOwnProperty("input")) {
            if (!Array.isArray(message.input))
              return "input: array expected";
            for (var i = 0; i < message.input.length; ++i)
              if (!$util.isString(message.input[i]))
                return "input: string[] expected";
          }
          if (message.output != null && message.hasOwnProperty("output")) {
            if (!Array.isArray(message.output))
              return "output: array expected";
            for (var i = 0; i < message.output.length; ++i)
              if (!$util.isString(message.output[i]))
                return "output: string[] expected";
          }
          if (message.attribute != null && message.hasOwnProperty("attribute")) {
            if (!Array.isArray(message.attribute))
              return "attribute: array expected";
            for (var i = 0; i < message.attribute.length; ++i)
              if (!$util.isString(message.attribute[i]))
                return "attribute: string[] expected";
          }
          if (message.node != null && message.hasOwnProperty("node")) {
            if (!Array.isArray(message.node))
              return "node: array expected";
            for (var i = 0; i < message.node.length; ++i) {
              var error = $root.onnx.NodeProto.verify(message.node[i]);
              if (error)
                return "node." + error;
            }
          }
          if (message.docString != null && message.hasOwnProperty("docString")) {
            if (!$util.isString(message.docString))
              return "docString: string expected";
          }
          if (message.opsetImport != null && message.hasOwnProperty("opsetImport")) {
            if (!Array.isArray(message.opsetImport))
              return "opsetImport: array expected";
            for (var i = 0; i < message.opsetImport.length; ++i) {
              var error = $root.onnx.OperatorSetIdProto.verify(message.opsetImport[i]);
              if (error)
                return "opsetImport." + error;
            }
          }
          if (message.domain != null && message.hasOwnProperty("domain")) {
            if (!$util.isString(message.domain))
              return "domain: string expected";
          }
          return null;
        };
        FunctionProto.fromObject = function fromObject(object) {
          if (object instanceof $root.onnx.FunctionProto)
            return object;
          var message = new $root.onnx.FunctionProto();
          if (object.name != null)
            message.name = String(object.name);
          if (object.input) {
            if (!Array.isArray(object.input))
              throw TypeError(".onnx.FunctionProto.input: array expected");
            message.input = [];
            for (var i = 0; i < object.input.length; ++i)
              message.input[i] = String(object.input[i]);
          }
          if (object.output) {
            if (!Array.isArray(object.output))
              throw TypeError(".onnx.FunctionProto.output: array expected");
            message.output = [];
            for (var i = 0; i < object.output.length; ++i)
              message.output[i] = String(object.output[i]);
          }
          if (object.attribute) {
            if (!Array.isArray(object.attribute))
              throw TypeError(".onnx.FunctionProto.attribute: array expected");
            message.attribute = [];
            for (var i = 0; i < object.attribute.length; ++i)
              message.attribute[i] = String(object.attribute[i]);
          }
          if (object.node) {
            if (!Array.isArray(object.node))
              throw TypeError(".onnx.FunctionProto.node: array expected");
            message.node = [];
            for (var i = 0; i < object.node.length; ++i) {
              if (typeof object.node[i] !== "object")
                throw TypeError(".onnx.FunctionProto.node: object expected");
              message.node[i] = $root.onnx.NodeProto.fromObject(object.node[i]);
            }
          }
          if (object.docString != null)
            message.docString = String(object.docString);
          if (object.opsetImport) {
            if (!Array.isArray(object.opsetImport))
              throw TypeError(".onnx.FunctionProto.opsetImport: array expected");
            message.opsetImport = [];
            for (var i = 0; i < object.opsetImport.length; ++i) {
              if (typeof object.opsetImport[i] !== "object")
                throw TypeError(".onnx.FunctionProto.opsetImport: object expected");
              message.opsetImport[i] = $root.onnx.OperatorSetIdProto.fromObject(object.opsetImport[i]);
            }
          }
          if (object.domain != null)
            message.domain = String(object.domain);
          return message;
        };
        FunctionProto.toObject = function toObject(message, options) {
          if (!options)
            options = {};
          var object = {};
          if (options.arrays || options.defaults) {
            object.input = [];
            object.output = [];
            object.attribute = [];
            object.node = [];
            object.opsetImport = [];
          }
          if (options.defaults) {
            object.name = "";
            object.docString = "";
            object.domain = "";
          }
          if (message.name != null && message.hasOwnProperty("name"))
            object.name = message.name;
          if (message.input && message.input.length) {
            object.input = [];
            for (var j = 0; j < message.input.length; ++j)
              object.input[j] = message.input[j];
          }
          if (message.output && message.output.length) {
            object.output = [];
            for (var j = 0; j < message.output.length; ++j)
              object.output[j] = message.output[j];
          }
          if (message.attribute && message.attribute.length) {
            object.attribute = [];
            for (var j = 0; j < message.attribute.length; ++j)
              object.attribute[j] = message.attribute[j];
          }
          if (message.node && message.node.length) {
            object.node = [];
            for (var j = 0; j < message.node.length; ++j)
              object.node[j] = $root.onnx.NodeProto.toObject(message.node[j], options);
          }
          if (message.docString != null && message.hasOwnProperty("docString"))
            object.docString = message.docString;
          if (message.opsetImport && message.opsetImport.length) {
            object.opsetImport = [];
            for (var j = 0; j < message.opsetImport.length; ++j)
              object.opsetImport[j] = $root.onnx.OperatorSetIdProto.toObject(message.opsetImport[j], options);
          }
          if (message.domain != null && message.hasOwnProperty("domain"))
            object.domain = message.domain;
          return object;
        };
        FunctionProto.prototype.toJSON = function toJSON() {
          return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };
        return FunctionProto;
      })();
      return onnx7;
    })();
    module.exports = $root;
  }
});

// scratch8/cam.ts
import { readFileSync } from "node:fs";
import * as ort from "onnxruntime-node";

// native-models/export/classifier-with-head.ts
var import_onnx_proto3 = __toESM(require_onnx(), 1);

// native-models/surgery/feature-tensor.ts
var import_onnx_proto = __toESM(require_onnx(), 1);
var AFTER_HEAD = /* @__PURE__ */ new Set(["DequantizeLinear", "QuantizeLinear", "Add", "QLinearAdd", "Softmax", "LogSoftmax", "Identity"]);
var HEADS = /* @__PURE__ */ new Set(["Gemm", "MatMul", "QLinearMatMul", "MatMulInteger", "QGemm"]);
function scalarOf(graph, name) {
  const tensor = graph.initializer?.find((t2) => t2.name === name);
  if (!tensor) return null;
  if (tensor.floatData?.length) return tensor.floatData[0];
  if (tensor.int32Data?.length) return tensor.int32Data[0];
  const raw = tensor.rawData;
  if (!raw || raw.length === 0) return null;
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  if (tensor.dataType === import_onnx_proto.onnx.TensorProto.DataType.FLOAT) return view.getFloat32(0, true);
  if (tensor.dataType === import_onnx_proto.onnx.TensorProto.DataType.UINT8) return view.getUint8(0);
  if (tensor.dataType === import_onnx_proto.onnx.TensorProto.DataType.INT8) return view.getInt8(0);
  return null;
}
function findFeatureTensor(graph) {
  const nodes = graph.node ?? [];
  const producer = (tensor) => nodes.find((n) => n.output?.includes(tensor));
  let current2 = graph.output?.[0]?.name;
  let head2;
  for (let hops = 0; current2 && hops < 8; hops++) {
    const node = producer(current2);
    if (!node) return null;
    if (HEADS.has(node.opType ?? "")) {
      head2 = node;
      break;
    }
    if (!AFTER_HEAD.has(node.opType ?? "")) return null;
    current2 = node.input?.find((name2) => !graph.initializer?.some((t2) => t2.name === name2)) ?? void 0;
  }
  if (!head2?.input?.[0]) return null;
  const name = head2.input[0];
  if (head2.opType !== "QLinearMatMul") return { name, elemType: import_onnx_proto.onnx.TensorProto.DataType.FLOAT, quantization: null };
  const zeroPoint = graph.initializer?.find((t2) => t2.name === head2.input?.[2]);
  return {
    name,
    elemType: zeroPoint?.dataType ?? import_onnx_proto.onnx.TensorProto.DataType.UINT8,
    quantization: { scale: scalarOf(graph, head2.input[1]) ?? 1, zeroPoint: scalarOf(graph, head2.input[2]) ?? 0 }
  };
}

// native-models/export/onnx-graph-builder.ts
var import_onnx_proto2 = __toESM(require_onnx(), 1);
var OPSET = 13;
function attribute(name, value) {
  const A = import_onnx_proto2.onnx.AttributeProto.AttributeType;
  if (typeof value === "string") return { name, type: A.STRING, s: new TextEncoder().encode(value) };
  if (Array.isArray(value)) return { name, type: A.INTS, ints: value };
  return Number.isInteger(value) ? { name, type: A.INT, i: value } : { name, type: A.FLOAT, f: value };
}
var OnnxGraphBuilder = class {
  nodes = [];
  initializers = [];
  used = /* @__PURE__ */ new Set();
  /** Names an existing graph already uses (appending to an imported model): never handed out. */
  reserve(names) {
    for (const name of names) this.used.add(name);
  }
  /** The nodes and initializers built so far, to splice into an existing graph. */
  parts() {
    return { node: [...this.nodes], initializer: [...this.initializers] };
  }
  /** A fresh tensor or node name starting with `base`. */
  name(base) {
    let candidate = base;
    for (let i = 1; this.used.has(candidate); i++) candidate = `${base}_${i}`;
    this.used.add(candidate);
    return candidate;
  }
  /** A float32 constant (weights, biases, running statistics); returns its name. */
  constant(base, data2, dims) {
    const name = this.name(base);
    const raw = new Uint8Array(data2.buffer.slice(data2.byteOffset, data2.byteOffset + data2.byteLength));
    this.initializers.push({ name, dataType: import_onnx_proto2.onnx.TensorProto.DataType.FLOAT, dims, rawData: raw });
    return name;
  }
  /** Appends one node; returns the name of its (single) output. */
  node(opType, inputs, base, attributes = {}) {
    const output2 = this.name(base);
    this.nodes.push({
      opType,
      name: this.name(`${base}/${opType}`),
      input: inputs,
      output: [output2],
      attribute: Object.entries(attributes).map(([key, value]) => attribute(key, value))
    });
    return output2;
  }
  /** The finished model's bytes: one float32 input [batch, ...inputDims] and one output. */
  encode(options) {
    const tensorType = (dims) => ({
      tensorType: {
        elemType: import_onnx_proto2.onnx.TensorProto.DataType.FLOAT,
        shape: { dim: dims.map((d) => typeof d === "string" ? { dimParam: d } : { dimValue: d }) }
      }
    });
    const model2 = {
      irVersion: 7,
      producerName: "Airi Lab (airi)",
      opsetImport: [{ domain: "", version: OPSET }],
      metadataProps: Object.entries(options.metadata).map(([key, value]) => ({ key, value })),
      graph: {
        name: options.graphName,
        node: this.nodes,
        initializer: this.initializers,
        input: [{ name: options.input, type: tensorType(["batch", ...options.inputDims]) }],
        output: [{ name: options.output, type: { tensorType: { elemType: import_onnx_proto2.onnx.TensorProto.DataType.FLOAT } } }]
      }
    };
    return import_onnx_proto2.onnx.ModelProto.encode(model2).finish();
  }
};

// airi/tensor.ts
var Tensor = class _Tensor {
  shape;
  data;
  /** Wraps `data` without copying; `data.length` must equal the product of `shape`. */
  constructor(data2, shape) {
    const size2 = sizeOf(shape);
    if (data2.length !== size2) {
      throw new Error(`Tensor: ${data2.length} values do not fill shape ${formatShape(shape)} (${size2} elements)`);
    }
    this.shape = [...shape];
    this.data = data2;
  }
  /** Number of elements (the product of the shape; 1 for a scalar of shape []). */
  get size() {
    return this.data.length;
  }
  static zeros(shape) {
    return new _Tensor(new Float32Array(sizeOf(shape)), shape);
  }
  /** Copies `values` (rounded to float32) into a new tensor of the given shape. */
  static fromArray(values, shape) {
    const size2 = sizeOf(shape);
    if (values.length !== size2) {
      throw new Error(`Tensor.fromArray: ${values.length} values do not fill shape ${formatShape(shape)} (${size2} elements)`);
    }
    return new _Tensor(Float32Array.from(values), shape);
  }
  /** A new tensor with the same shape and a copy of the values. */
  clone() {
    return new _Tensor(this.data.slice(), this.shape);
  }
  toString() {
    return `Tensor${formatShape(this.shape)}`;
  }
};
function formatShape(shape) {
  return `[${shape.join(", ")}]`;
}
function sameShape(a, b) {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}
function assertSameShape(where, what, actual, expected) {
  if (!sameShape(actual, expected)) {
    throw new Error(`${where}: ${what} has shape ${formatShape(actual)}, expected ${formatShape(expected)}`);
  }
}
function sizeOf(shape) {
  let size2 = 1;
  for (const d of shape) {
    if (!Number.isInteger(d) || d < 0) throw new Error(`Tensor: invalid shape ${formatShape(shape)}`);
    size2 *= d;
  }
  return size2;
}

// airi/rng.ts
var TWO_POW_32 = 4294967296;
var Rng = class _Rng {
  s0;
  s1;
  s2;
  s3;
  /** `seed` is any integer in [-2^31, 2^32); it is read as an unsigned 32-bit value. */
  constructor(seed) {
    if (!Number.isInteger(seed) || seed < -(2 ** 31) || seed >= TWO_POW_32) {
      throw new Error(`Rng: seed must be a 32-bit integer, got ${seed}`);
    }
    let counter = seed >>> 0;
    const next = () => {
      counter = counter + 2654435769 >>> 0;
      let z = counter;
      z = Math.imul(z ^ z >>> 16, 2246822507);
      z = Math.imul(z ^ z >>> 13, 3266489909);
      return (z ^ z >>> 16) >>> 0;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }
  /** Restores a generator from `state()`, e.g. to resume a run; also lets tests use published vectors. */
  static fromState(state) {
    if (state.length !== 4 || Array.from(state).every((w2) => w2 >>> 0 === 0)) {
      throw new Error("Rng.fromState: expected four 32-bit words, not all zero");
    }
    const rng = new _Rng(0);
    rng.s0 = state[0] >>> 0;
    rng.s1 = state[1] >>> 0;
    rng.s2 = state[2] >>> 0;
    rng.s3 = state[3] >>> 0;
    return rng;
  }
  /** The four 32-bit words of the generator's state. */
  state() {
    return Uint32Array.of(this.s0, this.s1, this.s2, this.s3);
  }
  /** The next raw 32-bit output, an unsigned integer in [0, 2^32). */
  nextUint32() {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t2 = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t2;
    this.s3 = rotl(this.s3, 11);
    return result;
  }
  /** Uniform in [0, 1), with 32 bits of resolution (plenty once values are stored as float32). */
  uniform() {
    return this.nextUint32() / TWO_POW_32;
  }
  /** Uniform in [lo, hi). */
  uniformRange(lo, hi) {
    return lo + (hi - lo) * this.uniform();
  }
  /**
   * Normal(mean, std) by the Box-Muller transform. Each call draws two uniforms and uses one result:
   * keeping the spare would make the generator's state more than its four words.
   */
  normal(mean = 0, std = 1) {
    const u1 = 1 - this.uniform();
    const u2 = this.uniform();
    return mean + std * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }
  /** Uniform integer in [0, n), without the modulo bias of floor(uniform() * n). */
  int(n) {
    if (!Number.isInteger(n) || n < 1 || n > TWO_POW_32) throw new Error(`Rng.int: n must be an integer in [1, 2^32], got ${n}`);
    const limit = TWO_POW_32 - TWO_POW_32 % n;
    let x = this.nextUint32();
    while (x >= limit) x = this.nextUint32();
    return x % n;
  }
  /** A uniformly random ordering of 0..n-1 (an epoch's sample order). */
  permutation(n) {
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    return this.shuffleInPlace(order);
  }
  /** Fisher-Yates shuffle of an array or typed array; returns the same array. */
  shuffleInPlace(array) {
    for (let i = array.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const tmp = array[i];
      array[i] = array[j];
      array[j] = tmp;
    }
    return array;
  }
};
function rotl(x, k) {
  return x << k | x >>> 32 - k;
}

// airi/nn/module.ts
function createParameter(name, value) {
  return { name, value, grad: Tensor.zeros(value.shape) };
}

// airi/init/initialize.ts
function initWeight(weight, name, { fanIn, fanOut }, rng) {
  switch (name) {
    // nn.Linear's reset_parameters: kaiming_uniform_(a = sqrt(5)), whose bound works out to 1/sqrt(fanIn).
    case "pytorch-default":
      return fillUniform(weight, 1 / Math.sqrt(fanIn), rng);
    // Glorot & Bengio 2010: keep the variance equal forwards and backwards, Var = 2 / (fanIn + fanOut).
    case "xavier-uniform":
      return fillUniform(weight, Math.sqrt(6 / (fanIn + fanOut)), rng);
    case "xavier-normal":
      return fillNormal(weight, Math.sqrt(2 / (fanIn + fanOut)), rng);
    // He et al. 2015: ReLU zeroes half the signal, so double the variance: Var = 2 / fanIn (gain sqrt(2)).
    case "kaiming-uniform":
      return fillUniform(weight, Math.sqrt(6 / fanIn), rng);
    case "kaiming-normal":
      return fillNormal(weight, Math.sqrt(2 / fanIn), rng);
    // LeCun et al. 1998: Var = 1 / fanIn (plain normal here, not JAX's truncated one).
    case "lecun-normal":
      return fillNormal(weight, 1 / Math.sqrt(fanIn), rng);
    // The course notebooks' torch.randn(...) * 0.0001: nearly zero, to show a network that barely learns.
    case "small-random":
      return fillNormal(weight, 1e-4, rng);
    case "zeros":
      weight.data.fill(0);
      return;
    default:
      throw new Error(`unknown initializer ${String(name)}`);
  }
}
function initBias(bias, name, { fanIn }, rng) {
  if (name === "pytorch-default") fillUniform(bias, 1 / Math.sqrt(fanIn), rng);
  else bias.data.fill(0);
}
function fillUniform(tensor, bound, rng) {
  for (let i = 0; i < tensor.size; i++) tensor.data[i] = rng.uniformRange(-bound, bound);
}
function fillNormal(tensor, std, rng) {
  for (let i = 0; i < tensor.size; i++) tensor.data[i] = rng.normal(0, std);
}

// airi/kernels/reference/adagrad-step.ts
function adagradStep(param, grad, sum, { lr, eps, weightDecay }) {
  for (let i = 0; i < param.length; i++) {
    const g = grad[i] + weightDecay * param[i];
    const s = sum[i] + g * g;
    sum[i] = s;
    param[i] -= lr * g / (Math.sqrt(s) + eps);
  }
}

// airi/kernels/reference/adam-step.ts
function adamStep(param, grad, m, v, { lr, beta1, beta2, eps, weightDecay, step }) {
  const stepSize = lr / (1 - beta1 ** step);
  const sqrtCorrection2 = Math.sqrt(1 - beta2 ** step);
  for (let i = 0; i < param.length; i++) {
    const g = grad[i] + weightDecay * param[i];
    const mi = beta1 * m[i] + (1 - beta1) * g;
    const vi = beta2 * v[i] + (1 - beta2) * g * g;
    m[i] = mi;
    v[i] = vi;
    param[i] -= stepSize * mi / (Math.sqrt(vi) / sqrtCorrection2 + eps);
  }
}

// airi/kernels/reference/adamw-step.ts
function adamwStep(param, grad, m, v, { lr, beta1, beta2, eps, weightDecay, step }) {
  const decay = 1 - lr * weightDecay;
  const stepSize = lr / (1 - beta1 ** step);
  const sqrtCorrection2 = Math.sqrt(1 - beta2 ** step);
  for (let i = 0; i < param.length; i++) {
    const g = grad[i];
    const mi = beta1 * m[i] + (1 - beta1) * g;
    const vi = beta2 * v[i] + (1 - beta2) * g * g;
    m[i] = mi;
    v[i] = vi;
    param[i] = param[i] * decay - stepSize * mi / (Math.sqrt(vi) / sqrtCorrection2 + eps);
  }
}

// airi/kernels/reference/add.ts
function add(a, b, y) {
  for (let i = 0; i < y.length; i++) y[i] = a[i] + b[i];
}

// airi/kernels/reference/pool-windows.ts
function forEachWindow(window2, visit) {
  const { channels, height, width, kernelH, kernelW, strideH, strideW, padH, padW, outHeight, outWidth } = window2;
  let o = 0;
  for (let p = 0; p < channels; p++) {
    const plane = p * height * width;
    for (let oh = 0; oh < outHeight; oh++) {
      const h0 = Math.max(0, oh * strideH - padH);
      const h1 = Math.min(height, oh * strideH - padH + kernelH);
      for (let ow = 0; ow < outWidth; ow++, o++) {
        const w0 = Math.max(0, ow * strideW - padW);
        const w1 = Math.min(width, ow * strideW - padW + kernelW);
        visit(o, plane, h0, h1, w0, w1);
      }
    }
  }
}

// airi/kernels/reference/avg-pool2d.ts
function avgPool2d(x, y, window2) {
  const { width, kernelH, kernelW } = window2;
  const divisor = kernelH * kernelW;
  forEachWindow(window2, (o, plane, h0, h1, w0, w1) => {
    let sum = 0;
    for (let ih = h0; ih < h1; ih++) {
      for (let iw = w0; iw < w1; iw++) sum += x[plane + ih * width + iw];
    }
    y[o] = sum / divisor;
  });
}
function avgPool2dBackward(dy, dx, window2) {
  const { width, kernelH, kernelW } = window2;
  const divisor = kernelH * kernelW;
  dx.fill(0);
  forEachWindow(window2, (o, plane, h0, h1, w0, w1) => {
    const share = dy[o] / divisor;
    for (let ih = h0; ih < h1; ih++) {
      for (let iw = w0; iw < w1; iw++) dx[plane + ih * width + iw] += share;
    }
  });
}

// airi/kernels/reference/batch-norm.ts
function batchNormStats(x, mean, variance, { outer, channels, inner }) {
  const count = outer * inner;
  for (let c = 0; c < channels; c++) {
    let sum = 0;
    for (let o = 0; o < outer; o++) {
      const start = (o * channels + c) * inner;
      for (let i = 0; i < inner; i++) sum += x[start + i];
    }
    const mu = sum / count;
    let squares = 0;
    for (let o = 0; o < outer; o++) {
      const start = (o * channels + c) * inner;
      for (let i = 0; i < inner; i++) {
        const d = x[start + i] - mu;
        squares += d * d;
      }
    }
    mean[c] = mu;
    variance[c] = squares / count;
  }
}
function batchNorm(x, mean, invStd, gamma, beta, y, { outer, channels, inner }) {
  for (let c = 0; c < channels; c++) {
    const scale = gamma[c] * invStd[c];
    const shift = beta[c] - mean[c] * scale;
    for (let o = 0; o < outer; o++) {
      const start = (o * channels + c) * inner;
      for (let i = 0; i < inner; i++) y[start + i] = x[start + i] * scale + shift;
    }
  }
}
function batchNormBackward(x, dy, mean, invStd, gamma, dx, dgamma, dbeta, { outer, channels, inner }, batchStats) {
  const count = outer * inner;
  for (let c = 0; c < channels; c++) {
    const mu = mean[c];
    const is = invStd[c];
    let sumDy = 0;
    let sumDyXHat = 0;
    for (let o = 0; o < outer; o++) {
      const start = (o * channels + c) * inner;
      for (let i = 0; i < inner; i++) {
        const g = dy[start + i];
        sumDy += g;
        sumDyXHat += g * (x[start + i] - mu) * is;
      }
    }
    dgamma[c] += sumDyXHat;
    dbeta[c] += sumDy;
    const scale = gamma[c] * is;
    const meanDy = batchStats ? sumDy / count : 0;
    const meanDyXHat = batchStats ? sumDyXHat / count : 0;
    for (let o = 0; o < outer; o++) {
      const start = (o * channels + c) * inner;
      for (let i = 0; i < inner; i++) {
        const xHat = (x[start + i] - mu) * is;
        dx[start + i] = scale * (dy[start + i] - meanDy - xHat * meanDyXHat);
      }
    }
  }
}

// airi/kernels/reference/bias-add.ts
function biasAdd(y, bias, { outer, channels, inner }) {
  let index = 0;
  for (let o = 0; o < outer; o++) {
    for (let c = 0; c < channels; c++) {
      const value = bias[c];
      for (let i = 0; i < inner; i++) y[index++] += value;
    }
  }
}
function biasAddBackward(dy, dbias, { outer, channels, inner }) {
  for (let c = 0; c < channels; c++) {
    let sum = 0;
    for (let o = 0; o < outer; o++) {
      const start = (o * channels + c) * inner;
      for (let i = 0; i < inner; i++) sum += dy[start + i];
    }
    dbias[c] += sum;
  }
}

// airi/kernels/reference/gemm.ts
function gemm(a, b, c, options) {
  const { transA, transB, m, n, k, alpha = 1, beta = 0 } = options;
  const aRow = transA ? 1 : k;
  const aCol = transA ? m : 1;
  const bRow = transB ? 1 : n;
  const bCol = transB ? k : 1;
  for (let i = 0; i < m; i++) {
    const aStart = i * aRow;
    for (let j = 0; j < n; j++) {
      const bStart = j * bCol;
      let sum = 0;
      for (let p = 0; p < k; p++) sum += a[aStart + p * aCol] * b[bStart + p * bRow];
      const index = i * n + j;
      c[index] = beta === 0 ? alpha * sum : alpha * sum + beta * c[index];
    }
  }
}

// airi/kernels/reference/im2col.ts
function im2col(x, cols, window2) {
  const { channels, height, width, kernelH, kernelW, strideH, strideW, padH, padW, outHeight, outWidth } = window2;
  let dst = 0;
  for (let c = 0; c < channels; c++) {
    const plane = c * height * width;
    for (let i = 0; i < kernelH; i++) {
      for (let j = 0; j < kernelW; j++) {
        const [owLo, owHi] = validOutputRange(j, strideW, padW, width, outWidth);
        for (let oh = 0; oh < outHeight; oh++, dst += outWidth) {
          const ih = oh * strideH - padH + i;
          if (ih < 0 || ih >= height) {
            cols.fill(0, dst, dst + outWidth);
            continue;
          }
          const src = plane + ih * width - padW + j;
          for (let ow = 0; ow < owLo; ow++) cols[dst + ow] = 0;
          for (let ow = owLo; ow < owHi; ow++) cols[dst + ow] = x[src + ow * strideW];
          for (let ow = owHi; ow < outWidth; ow++) cols[dst + ow] = 0;
        }
      }
    }
  }
}
function col2im(cols, dx, window2) {
  const { channels, height, width, kernelH, kernelW, strideH, strideW, padH, padW, outHeight, outWidth } = window2;
  dx.fill(0);
  let src = 0;
  for (let c = 0; c < channels; c++) {
    const plane = c * height * width;
    for (let i = 0; i < kernelH; i++) {
      for (let j = 0; j < kernelW; j++) {
        const [owLo, owHi] = validOutputRange(j, strideW, padW, width, outWidth);
        for (let oh = 0; oh < outHeight; oh++, src += outWidth) {
          const ih = oh * strideH - padH + i;
          if (ih < 0 || ih >= height) continue;
          const dst = plane + ih * width - padW + j;
          for (let ow = owLo; ow < owHi; ow++) dx[dst + ow * strideW] += cols[src + ow];
        }
      }
    }
  }
}
function validOutputRange(j, stride, pad, width, outWidth) {
  const lo = Math.min(outWidth, Math.ceil(Math.max(0, pad - j) / stride));
  const hi = Math.max(lo, Math.min(outWidth, Math.floor((width - 1 + pad - j) / stride) + 1));
  return [lo, hi];
}

// airi/kernels/reference/relu.ts
function relu(x, y) {
  for (let i = 0; i < x.length; i++) y[i] = x[i] > 0 ? x[i] : 0;
}
function reluBackward(x, dy, dx) {
  for (let i = 0; i < x.length; i++) dx[i] = x[i] > 0 ? dy[i] : 0;
}

// airi/kernels/reference/conv2d.ts
function groupSizes({ window: window2, outChannels, groups }) {
  const channels = window2.channels / groups;
  const pixels = window2.outHeight * window2.outWidth;
  return {
    groupWindow: { ...window2, channels },
    inPlanes: channels * window2.height * window2.width,
    filters: outChannels / groups,
    patch: channels * window2.kernelH * window2.kernelW,
    pixels
  };
}
function block(a, index, size2) {
  return a.subarray(index * size2, (index + 1) * size2);
}
function conv2dForward(x, weight, bias, y, shape, fuseRelu) {
  const { outChannels, images, groups } = shape;
  const { groupWindow, inPlanes, filters, patch, pixels } = groupSizes(shape);
  const cols = new Float32Array(patch * pixels);
  for (let i = 0; i < images; i++) {
    for (let g = 0; g < groups; g++) {
      const item = i * groups + g;
      im2col(block(x, item, inPlanes), cols, groupWindow);
      gemm(block(weight, g, filters * patch), cols, block(y, item, filters * pixels), { transA: false, transB: false, m: filters, n: pixels, k: patch });
    }
  }
  if (bias) biasAdd(y, bias, { outer: images, channels: outChannels, inner: pixels });
  if (fuseRelu) relu(y, y);
}
function conv2dBackward(x, weight, dyGiven, reluOutput, dx, dweight, dbias, shape) {
  const { outChannels, images, groups } = shape;
  const { groupWindow, inPlanes, filters, patch, pixels } = groupSizes(shape);
  let dy = dyGiven;
  if (reluOutput) {
    dy = new Float32Array(dyGiven.length);
    reluBackward(reluOutput, dyGiven, dy);
  }
  const cols = new Float32Array(patch * pixels);
  const dcols = new Float32Array(patch * pixels);
  for (let i = 0; i < images; i++) {
    for (let g = 0; g < groups; g++) {
      const item = i * groups + g;
      const dyi = block(dy, item, filters * pixels);
      const [w2, dw] = [block(weight, g, filters * patch), block(dweight, g, filters * patch)];
      im2col(block(x, item, inPlanes), cols, groupWindow);
      gemm(dyi, cols, dw, { transA: false, transB: true, m: filters, n: patch, k: pixels, beta: 1 });
      if (!dx) continue;
      gemm(w2, dyi, dcols, { transA: true, transB: false, m: patch, n: pixels, k: filters });
      col2im(dcols, block(dx, item, inPlanes), groupWindow);
    }
  }
  if (dbias) biasAddBackward(dy, dbias, { outer: images, channels: outChannels, inner: pixels });
}

// airi/kernels/reference/global-avg-pool2d.ts
function globalAvgPool2d(x, y, { outer, channels, inner }) {
  for (let o = 0; o < outer * channels; o++) {
    let sum = 0;
    const start = o * inner;
    for (let i = 0; i < inner; i++) sum += x[start + i];
    y[o] = sum / inner;
  }
}
function globalAvgPool2dBackward(dy, dx, { outer, channels, inner }) {
  for (let o = 0; o < outer * channels; o++) {
    dx.fill(dy[o] / inner, o * inner, (o + 1) * inner);
  }
}

// airi/kernels/reference/leaky-relu.ts
function leakyRelu(x, y, negativeSlope) {
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    y[i] = v >= 0 ? v : negativeSlope * v;
  }
}
function leakyReluBackward(x, dy, dx, negativeSlope) {
  for (let i = 0; i < x.length; i++) dx[i] = x[i] > 0 ? dy[i] : negativeSlope * dy[i];
}

// airi/kernels/reference/log-softmax.ts
function logSoftmax(x, y, { outer, channels, inner }) {
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const start = o * channels * inner + i;
      let max = -Infinity;
      for (let c = 0; c < channels; c++) max = Math.max(max, x[start + c * inner]);
      let sum = 0;
      for (let c = 0; c < channels; c++) sum += Math.exp(x[start + c * inner] - max);
      const logSum = max + Math.log(sum);
      for (let c = 0; c < channels; c++) y[start + c * inner] = x[start + c * inner] - logSum;
    }
  }
}
function logSoftmaxBackward(y, dy, dx, { outer, channels, inner }) {
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const start = o * channels * inner + i;
      let sum = 0;
      for (let c = 0; c < channels; c++) sum += dy[start + c * inner];
      for (let c = 0; c < channels; c++) {
        const index = start + c * inner;
        dx[index] = dy[index] - Math.exp(y[index]) * sum;
      }
    }
  }
}

// airi/kernels/reference/max-pool2d.ts
function maxPool2d(x, y, argmax, window2) {
  const { width } = window2;
  forEachWindow(window2, (o, plane, h0, h1, w0, w1) => {
    let best = -Infinity;
    let bestIndex = plane + h0 * width + w0;
    for (let ih = h0; ih < h1; ih++) {
      for (let iw = w0; iw < w1; iw++) {
        const index = plane + ih * width + iw;
        const v = x[index];
        if (v > best || Number.isNaN(v)) {
          best = v;
          bestIndex = index;
        }
      }
    }
    y[o] = best;
    argmax[o] = bestIndex;
  });
}
function maxPool2dBackward(dy, argmax, dx) {
  dx.fill(0);
  for (let o = 0; o < dy.length; o++) dx[argmax[o]] += dy[o];
}

// airi/kernels/reference/multiply.ts
function multiply(a, b, y) {
  for (let i = 0; i < a.length; i++) y[i] = a[i] * b[i];
}

// airi/kernels/reference/nll-loss.ts
function nllLoss(logProbs, targets, { outer, channels, inner }, labelSmoothing) {
  let total = 0;
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const start = o * channels * inner + i;
      let loss = -logProbs[start + targets[o * inner + i] * inner];
      if (labelSmoothing > 0) {
        let sum = 0;
        for (let c = 0; c < channels; c++) sum += logProbs[start + c * inner];
        loss = (1 - labelSmoothing) * loss - labelSmoothing / channels * sum;
      }
      total += loss;
    }
  }
  return total;
}
function nllLossBackward(targets, dlogProbs, { outer, channels, inner }, labelSmoothing, scale) {
  dlogProbs.fill(labelSmoothing > 0 ? -scale * (labelSmoothing / channels) : 0);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      dlogProbs[o * channels * inner + targets[o * inner + i] * inner + i] -= scale * (1 - labelSmoothing);
    }
  }
}

// airi/kernels/reference/rmsprop-step.ts
function rmspropStep(param, grad, squareAvg, gradAvg, momentumBuffer, { lr, alpha, eps, weightDecay, momentum }) {
  for (let i = 0; i < param.length; i++) {
    const g = grad[i] + weightDecay * param[i];
    const v = alpha * squareAvg[i] + (1 - alpha) * g * g;
    squareAvg[i] = v;
    let variance = v;
    if (gradAvg !== null) {
      const a = alpha * gradAvg[i] + (1 - alpha) * g;
      gradAvg[i] = a;
      variance = Math.max(0, v - a * a);
    }
    const denominator = Math.sqrt(variance) + eps;
    if (momentumBuffer !== null) {
      const b = momentum * momentumBuffer[i] + g / denominator;
      momentumBuffer[i] = b;
      param[i] -= lr * b;
    } else {
      param[i] -= lr * g / denominator;
    }
  }
}

// airi/kernels/reference/scale-channels.ts
function scaleChannels(x, scale, y, { outer, channels, inner }) {
  for (let plane = 0; plane < outer * channels; plane++) {
    const s = scale[plane];
    for (let i = plane * inner; i < (plane + 1) * inner; i++) y[i] = x[i] * s;
  }
}
function scaleChannelsBackward(x, scale, dy, dx, dscale, { outer, channels, inner }) {
  for (let plane = 0; plane < outer * channels; plane++) {
    const s = scale[plane];
    let sum = 0;
    for (let i = plane * inner; i < (plane + 1) * inner; i++) {
      dx[i] = dy[i] * s;
      sum += dy[i] * x[i];
    }
    dscale[plane] = sum;
  }
}

// airi/kernels/reference/sgd-step.ts
function sgdStep(param, grad, momentumBuffer, { lr, momentum, dampening, nesterov, weightDecay, firstStep }) {
  for (let i = 0; i < param.length; i++) {
    let g = grad[i] + weightDecay * param[i];
    if (momentumBuffer !== null) {
      const b = firstStep ? g : momentum * momentumBuffer[i] + (1 - dampening) * g;
      momentumBuffer[i] = b;
      g = nesterov ? g + momentum * b : b;
    }
    param[i] -= lr * g;
  }
}

// airi/kernels/reference/sigmoid.ts
function sigmoid(x, y) {
  for (let i = 0; i < x.length; i++) y[i] = 1 / (1 + Math.exp(-x[i]));
}
function sigmoidBackward(y, dy, dx) {
  for (let i = 0; i < y.length; i++) dx[i] = dy[i] * y[i] * (1 - y[i]);
}

// airi/kernels/reference/silu.ts
function silu(x, y) {
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    y[i] = v / (1 + Math.exp(-v));
  }
}
function siluBackward(x, dy, dx) {
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    const s = 1 / (1 + Math.exp(-v));
    dx[i] = dy[i] * s * (1 + v * (1 - s));
  }
}

// airi/kernels/reference/softmax.ts
function softmax(x, y, { outer, channels, inner }) {
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const start = o * channels * inner + i;
      let max = -Infinity;
      for (let c = 0; c < channels; c++) max = Math.max(max, x[start + c * inner]);
      let sum = 0;
      for (let c = 0; c < channels; c++) {
        const e2 = Math.exp(x[start + c * inner] - max);
        y[start + c * inner] = e2;
        sum += e2;
      }
      for (let c = 0; c < channels; c++) y[start + c * inner] /= sum;
    }
  }
}
function softmaxBackward(y, dy, dx, { outer, channels, inner }) {
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const start = o * channels * inner + i;
      let dot = 0;
      for (let c = 0; c < channels; c++) dot += dy[start + c * inner] * y[start + c * inner];
      for (let c = 0; c < channels; c++) {
        const index = start + c * inner;
        dx[index] = y[index] * (dy[index] - dot);
      }
    }
  }
}

// airi/kernels/reference/squared-error.ts
function squaredError(p, t2) {
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    const d = p[i] - t2[i];
    sum += d * d;
  }
  return sum;
}
function squaredErrorBackward(p, t2, scale, dp) {
  for (let i = 0; i < p.length; i++) dp[i] = scale * (p[i] - t2[i]);
}

// airi/kernels/reference/tanh.ts
function tanh(x, y) {
  for (let i = 0; i < x.length; i++) y[i] = Math.tanh(x[i]);
}
function tanhBackward(y, dy, dx) {
  for (let i = 0; i < y.length; i++) dx[i] = dy[i] * (1 - y[i] * y[i]);
}

// airi/kernels/reference/reference-backend.ts
var referenceBackend = {
  name: "reference",
  gemm,
  biasAdd,
  biasAddBackward,
  tanh,
  tanhBackward,
  relu,
  reluBackward,
  sigmoid,
  sigmoidBackward,
  squaredError,
  squaredErrorBackward,
  sgdStep,
  adamStep,
  adamwStep,
  adagradStep,
  rmspropStep,
  // Layers and losses of lessons 2 to 8.
  leakyRelu,
  leakyReluBackward,
  silu,
  siluBackward,
  multiply,
  add,
  scaleChannels,
  scaleChannelsBackward,
  softmax,
  softmaxBackward,
  logSoftmax,
  logSoftmaxBackward,
  nllLoss,
  nllLossBackward,
  im2col,
  col2im,
  conv2dForward,
  conv2dBackward,
  maxPool2d,
  maxPool2dBackward,
  avgPool2d,
  avgPool2dBackward,
  globalAvgPool2d,
  globalAvgPool2dBackward,
  batchNormStats,
  batchNorm,
  batchNormBackward
};

// airi/kernels/current-backend.ts
var current = referenceBackend;
function getBackend() {
  return current;
}

// airi/nn/relu.ts
var ReLU = class {
  input = null;
  forward(x, _training) {
    const y = Tensor.zeros(x.shape);
    getBackend().relu(x.data, y.data);
    this.input = x;
    return y;
  }
  backward(dout) {
    const x = this.input;
    if (x === null) throw new Error("ReLU(): backward called before forward");
    assertSameShape("ReLU().backward", "dout", dout.shape, x.shape);
    const dx = Tensor.zeros(x.shape);
    getBackend().reluBackward(x.data, dout.data, dx.data);
    return dx;
  }
  parameters() {
    return [];
  }
  describe() {
    return "ReLU()";
  }
};

// airi/nn/sigmoid.ts
var Sigmoid = class {
  output = null;
  forward(x, _training) {
    const y = Tensor.zeros(x.shape);
    getBackend().sigmoid(x.data, y.data);
    this.output = y;
    return y;
  }
  backward(dout) {
    const y = this.output;
    if (y === null) throw new Error("Sigmoid(): backward called before forward");
    assertSameShape("Sigmoid().backward", "dout", dout.shape, y.shape);
    const dx = Tensor.zeros(y.shape);
    getBackend().sigmoidBackward(y.data, dout.data, dx.data);
    return dx;
  }
  parameters() {
    return [];
  }
  describe() {
    return "Sigmoid()";
  }
};

// airi/nn/window2d.ts
function toPair(where, name, value, min) {
  const pair = typeof value === "number" ? [value, value] : [value[0], value[1]];
  if (!pair.every((v) => Number.isInteger(v) && v >= min)) {
    throw new Error(`${where}: ${name} must be an integer >= ${min} or a pair of them, got ${JSON.stringify(value)}`);
  }
  return pair;
}
function formatPair([h, w2]) {
  return h === w2 ? `${h}` : `[${h}, ${w2}]`;
}
function windowOver(where, shape, channels, kernel, stride, padding) {
  if (shape.length !== 4 || channels !== null && shape[1] !== channels) {
    throw new Error(`${where}: input has shape ${formatShape(shape)}, expected [N, ${channels ?? "C"}, H, W]`);
  }
  const [, c, height, width] = shape;
  const [kernelH, kernelW] = kernel;
  const [padH, padW] = padding;
  if (height + 2 * padH < kernelH || width + 2 * padW < kernelW) {
    throw new Error(
      `${where}: input has shape ${formatShape(shape)}, smaller than the kernel: expected H + 2 * ${padH} >= ${kernelH} and W + 2 * ${padW} >= ${kernelW}`
    );
  }
  const [strideH, strideW] = stride;
  return {
    channels: c,
    height,
    width,
    kernelH,
    kernelW,
    strideH,
    strideW,
    padH,
    padW,
    outHeight: Math.floor((height + 2 * padH - kernelH) / strideH) + 1,
    outWidth: Math.floor((width + 2 * padW - kernelW) / strideW) + 1
  };
}

// airi/nn/conv2d.ts
var Conv2d = class {
  constructor(inChannels, outChannels, kernelSize, options) {
    this.inChannels = inChannels;
    this.outChannels = outChannels;
    for (const [key, value] of [["inChannels", inChannels], ["outChannels", outChannels]]) {
      if (!Number.isInteger(value) || value < 1) throw new Error(`Conv2d: ${key} must be a positive integer, got ${value}`);
    }
    this.kernelSize = toPair("Conv2d", "kernelSize", kernelSize, 1);
    this.stride = toPair("Conv2d", "stride", options.stride ?? 1, 1);
    this.padding = toPair("Conv2d", "padding", options.padding ?? 0, 0);
    const groups = this.groups = options.groups ?? 1;
    if (!Number.isInteger(groups) || groups < 1 || inChannels % groups !== 0 || outChannels % groups !== 0) {
      throw new Error(`Conv2d: groups must be a positive integer dividing inChannels (${inChannels}) and outChannels (${outChannels}), got ${groups}`);
    }
    const [kh, kw] = this.kernelSize;
    const init = options.init ?? "pytorch-default";
    const fans = { fanIn: inChannels / groups * kh * kw, fanOut: outChannels / groups * kh * kw };
    this.weight = createParameter("weight", Tensor.zeros([outChannels, inChannels / groups, kh, kw]));
    initWeight(this.weight.value, init, fans, options.rng);
    this.bias = options.bias === false ? null : createParameter("bias", Tensor.zeros([outChannels]));
    if (this.bias) initBias(this.bias.value, init, fans, options.rng);
  }
  inChannels;
  outChannels;
  weight;
  bias;
  kernelSize;
  stride;
  padding;
  groups;
  /** The last forward's input and shape, which the backward needs. */
  last = null;
  /** The output of the last forwardRelu (its ReLU's mask), or null after a plain forward. */
  reluOutput = null;
  forward(x, _training) {
    return this.run(x, false);
  }
  /**
   * max(0, conv(x)) in one pass: Sequential runs a Conv2d followed by a ReLU this way, so the output
   * is clamped while it is still in cache instead of being read and written again by the ReLU layer.
   * The matching backward is backwardRelu.
   */
  forwardRelu(x, _training) {
    return this.run(x, true);
  }
  run(x, fuseRelu) {
    const window2 = windowOver(this.describe(), x.shape, this.inChannels, this.kernelSize, this.stride, this.padding);
    const shape = { window: window2, outChannels: this.outChannels, images: x.shape[0], groups: this.groups };
    const y = Tensor.zeros([shape.images, this.outChannels, window2.outHeight, window2.outWidth]);
    const bias = this.bias?.value.data ?? null;
    getBackend().conv2dForward(x.data, this.weight.value.data, bias, y.data, shape, fuseRelu);
    this.last = { input: x, shape };
    this.reluOutput = fuseRelu ? y : null;
    return y;
  }
  backward(dout) {
    if (this.reluOutput) throw new Error(`${this.describe()}: the last forward was forwardRelu; call backwardRelu`);
    const dx = Tensor.zeros(this.lastForward().input.shape);
    this.backwardInto(dout, dx);
    return dx;
  }
  /** The parameter gradients alone: for a first layer, whose input (the images) needs no gradient. */
  backwardParameters(dout) {
    if (this.reluOutput) throw new Error(`${this.describe()}: the last forward was forwardRelu; call backwardRelu`);
    this.backwardInto(dout, null);
  }
  /**
   * Backward through forwardRelu: dout is d loss / d (ReLU output); it passes where that output is
   * positive. Returns d loss / d input, or null when inputGrad is false (a first layer).
   */
  backwardRelu(dout, inputGrad) {
    if (!this.reluOutput) throw new Error(`${this.describe()}: backwardRelu called without forwardRelu`);
    const dx = inputGrad ? Tensor.zeros(this.lastForward().input.shape) : null;
    this.backwardInto(dout, dx);
    return dx;
  }
  lastForward() {
    if (this.last === null) throw new Error(`${this.describe()}: backward called before forward`);
    return this.last;
  }
  /**
   * Accumulates dweight and dbias and, unless dx is null, writes the input gradient into it; after
   * forwardRelu, dout is first masked by the ReLU (dout itself is left as it was).
   */
  backwardInto(dout, dx) {
    const { input: x, shape } = this.lastForward();
    const { window: window2, outChannels, images } = shape;
    assertSameShape(`${this.describe()}.backward`, "dout", dout.shape, [images, outChannels, window2.outHeight, window2.outWidth]);
    const [weight, dweight] = [this.weight.value.data, this.weight.grad.data];
    const dbias = this.bias?.grad.data ?? null;
    const reluOutput = this.reluOutput?.data ?? null;
    getBackend().conv2dBackward(x.data, weight, dout.data, reluOutput, dx?.data ?? null, dweight, dbias, shape);
  }
  parameters() {
    return this.bias ? [this.weight, this.bias] : [this.weight];
  }
  describe() {
    const sizes = `kernelSize=${formatPair(this.kernelSize)}, stride=${formatPair(this.stride)}, padding=${formatPair(this.padding)}`;
    const groups = this.groups === 1 ? "" : `, groups=${this.groups}`;
    return `Conv2d(${this.inChannels} \u2192 ${this.outChannels}, ${sizes}${groups}${this.bias ? "" : ", bias=false"})`;
  }
};

// airi/nn/global-avg-pool2d.ts
var GlobalAvgPool2d = class {
  inputShape = null;
  forward(x, _training) {
    if (x.shape.length !== 4) throw new Error(`${this.describe()}: input has shape ${formatShape(x.shape)}, expected [N, C, H, W]`);
    const y = Tensor.zeros([x.shape[0], x.shape[1]]);
    getBackend().globalAvgPool2d(x.data, y.data, this.layout(x.shape));
    this.inputShape = x.shape;
    return y;
  }
  backward(dout) {
    const shape = this.inputShape;
    if (shape === null) throw new Error(`${this.describe()}: backward called before forward`);
    assertSameShape(`${this.describe()}.backward`, "dout", dout.shape, [shape[0], shape[1]]);
    const dx = Tensor.zeros(shape);
    getBackend().globalAvgPool2dBackward(dout.data, dx.data, this.layout(shape));
    return dx;
  }
  parameters() {
    return [];
  }
  describe() {
    return "GlobalAvgPool2d()";
  }
  layout([n, c, h, w2]) {
    return { outer: n, channels: c, inner: h * w2 };
  }
};

// airi/io/safetensors.ts
var HOST_IS_LITTLE_ENDIAN = new Uint8Array(Float32Array.of(1).buffer)[3] === 63;
var bitsScratch = new DataView(new ArrayBuffer(4));

// airi/kernels/wasm/thread-team.ts
var AREA_WORDS = 32;
var AREA = [8, 8 + AREA_WORDS];
var TAG_BITS = 16;
var INDEX_MASK = (1 << TAG_BITS) - 1;

// airi/kernels/wasm/wasm-conv.ts
var MAX_CONV_STAGING_BYTES = 256 * 1024 * 1024;

// airi/kernels/wasm/wasm-backend.ts
var MIN_PARALLEL_MNK = 128 * 128 * 128;

// airi/surfaces/test-functions.ts
var rosenbrock = {
  id: "rosenbrock",
  formula: "f(x, y) = (1 \u2212 x)\xB2 + 100\xB7(y \u2212 x\xB2)\xB2",
  domain: { xMin: -2, xMax: 2, yMin: -1, yMax: 3 },
  start: { x: -1.5, y: 2.5 },
  minima: [{ x: 1, y: 1 }],
  fMin: 0,
  value: (x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2,
  gradient: (x, y) => [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)]
};
var BEALE_C = [1.5, 2.25, 2.625];
var beale = {
  id: "beale",
  formula: "f(x, y) = (1.5 \u2212 x + x\xB7y)\xB2 + (2.25 \u2212 x + x\xB7y\xB2)\xB2 + (2.625 \u2212 x + x\xB7y\xB3)\xB2",
  domain: { xMin: -4.5, xMax: 4.5, yMin: -4.5, yMax: 4.5 },
  start: { x: 1, y: 1.5 },
  minima: [{ x: 3, y: 0.5 }],
  fMin: 0,
  value: (x, y) => BEALE_C.reduce((sum, c, i) => sum + (c - x + x * y ** (i + 1)) ** 2, 0),
  gradient: (x, y) => {
    let gx = 0;
    let gy = 0;
    BEALE_C.forEach((c, i) => {
      const power = i + 1;
      const r2 = c - x + x * y ** power;
      gx += 2 * r2 * (y ** power - 1);
      gy += 2 * r2 * x * power * y ** (power - 1);
    });
    return [gx, gy];
  }
};
var saddle = {
  id: "saddle",
  formula: "f(x, y) = x\xB2 + y\u2074/4 \u2212 y\xB2/2",
  domain: { xMin: -2, xMax: 2, yMin: -2, yMax: 2 },
  start: { x: -1.8, y: 1e-3 },
  minima: [{ x: 0, y: 1 }, { x: 0, y: -1 }],
  fMin: -0.25,
  value: (x, y) => x * x + y ** 4 / 4 - y * y / 2,
  gradient: (x, y) => [2 * x, y ** 3 - y]
};
var himmelblau = {
  id: "himmelblau",
  formula: "f(x, y) = (x\xB2 + y \u2212 11)\xB2 + (x + y\xB2 \u2212 7)\xB2",
  domain: { xMin: -5, xMax: 5, yMin: -5, yMax: 5 },
  start: { x: -0.3, y: -0.9 },
  minima: [
    { x: 3, y: 2 },
    { x: -2.805118, y: 3.131312 },
    { x: -3.77931, y: -3.283186 },
    { x: 3.584428, y: -1.848126 }
  ],
  fMin: 0,
  value: (x, y) => (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2,
  gradient: (x, y) => {
    const a = x * x + y - 11;
    const b = x + y * y - 7;
    return [4 * x * a + 2 * b, 2 * a + 4 * y * b];
  }
};
var ILL_CONDITIONING = 25;
var illConditioned = {
  id: "ill-conditioned",
  formula: "f(x, y) = \xBD\xB7(x\xB2 + 25\xB7y\xB2)",
  domain: { xMin: -3, xMax: 3, yMin: -2, yMax: 2 },
  start: { x: -2.8, y: 1.2 },
  minima: [{ x: 0, y: 0 }],
  fMin: 0,
  value: (x, y) => 0.5 * (x * x + ILL_CONDITIONING * y * y),
  gradient: (x, y) => [x, ILL_CONDITIONING * y]
};
var SURFACES = [rosenbrock, beale, saddle, himmelblau, illConditioned];
var SURFACE_IDS = SURFACES.map((s) => s.id);

// airi/explain/eigen-cam.ts
var ITERATIONS = 300;
function eigenCam(activations, channels, pixels) {
  const centred = new Float64Array(channels * pixels);
  for (let c = 0; c < channels; c++) {
    let mean = 0;
    for (let p = 0; p < pixels; p++) mean += activations[c * pixels + p];
    mean /= pixels;
    for (let p = 0; p < pixels; p++) centred[c * pixels + p] = activations[c * pixels + p] - mean;
  }
  const covariance = new Float64Array(channels * channels);
  for (let a = 0; a < channels; a++) {
    for (let b = a; b < channels; b++) {
      let sum = 0;
      for (let p = 0; p < pixels; p++) sum += centred[a * pixels + p] * centred[b * pixels + p];
      covariance[a * channels + b] = sum;
      covariance[b * channels + a] = sum;
    }
  }
  const direction = firstEigenvector(covariance, channels);
  const projection = new Float64Array(pixels);
  for (let c = 0; c < channels; c++) {
    for (let p = 0; p < pixels; p++) projection[p] += direction[c] * centred[c * pixels + p];
  }
  let agreement = 0;
  for (let p = 0; p < pixels; p++) {
    let total = 0;
    for (let c = 0; c < channels; c++) total += activations[c * pixels + p];
    agreement += projection[p] * total;
  }
  const sign = agreement < 0 ? -1 : 1;
  const cam = new Float32Array(pixels);
  for (let p = 0; p < pixels; p++) cam[p] = Math.max(0, sign * projection[p]);
  return { weights: Float32Array.from(direction, (w2) => sign * w2), cam };
}
function firstEigenvector(matrix, n) {
  let v = Float64Array.from({ length: n }, (_, i) => 1 + i * 7919 % 13 / 13);
  normalize(v);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const next = new Float64Array(n);
    for (let r2 = 0; r2 < n; r2++) {
      let sum = 0;
      for (let c = 0; c < n; c++) sum += matrix[r2 * n + c] * v[c];
      next[r2] = sum;
    }
    if (normalize(next) === 0) return v;
    let change = 0;
    for (let i = 0; i < n; i++) change = Math.max(change, Math.abs(next[i] - v[i]));
    v = next;
    if (change < 1e-10) break;
  }
  return v;
}
function normalize(v) {
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < v.length; i++) v[i] /= norm;
  return norm;
}

// airi/explain/grad-cam-weights.ts
function gradCamWeights(gradients, channels, pixels) {
  const weights = new Float32Array(channels);
  for (let c = 0; c < channels; c++) {
    let sum = 0;
    for (let p = 0; p < pixels; p++) sum += gradients[c * pixels + p];
    weights[c] = sum / pixels;
  }
  return weights;
}

// airi/explain/heatmap.ts
function weightedChannelSum(activations, weights, pixels) {
  const cam = new Float32Array(pixels);
  for (let c = 0; c < weights.length; c++) {
    const w2 = weights[c];
    if (w2 === 0) continue;
    const plane = c * pixels;
    for (let p = 0; p < pixels; p++) cam[p] += w2 * activations[plane + p];
  }
  for (let p = 0; p < pixels; p++) if (cam[p] < 0) cam[p] = 0;
  return cam;
}

// native-models/export/export-airi-model.ts
var ExportError = class extends Error {
  name = "ExportError";
};

// native-models/export/classifier-with-head.ts
var PROBABILITIES_OUTPUT = "probabilities";
var LOGITS_OUTPUT = "logits";
function folded(head2) {
  const dim2 = head2.mean.length;
  const weight = new Float32Array(head2.weight.length);
  const bias = Float32Array.from(head2.bias);
  for (let k = 0; k < head2.classes; k++) {
    for (let d = 0; d < dim2; d++) {
      weight[k * dim2 + d] = head2.weight[k * dim2 + d] / head2.std[d];
      bias[k] -= weight[k * dim2 + d] * head2.mean[d];
    }
  }
  return { weight, bias };
}
function prune(graph, outputs) {
  const nodes = graph.node ?? [];
  const needed = new Set(outputs);
  const keep = new Array(nodes.length).fill(false);
  for (let i = nodes.length - 1; i >= 0; i--) {
    if (!(nodes[i].output ?? []).some((o) => needed.has(o))) continue;
    keep[i] = true;
    for (const input2 of nodes[i].input ?? []) if (input2) needed.add(input2);
  }
  return { nodes: nodes.filter((_, i) => keep[i]), used: needed };
}
function allNames(graph) {
  return [
    ...(graph.node ?? []).flatMap((n) => [...n.input ?? [], ...n.output ?? [], n.name ?? ""]),
    ...(graph.initializer ?? []).map((t2) => t2.name ?? ""),
    ...(graph.input ?? []).map((i) => i.name ?? "")
  ];
}
function classifierWithHead(backbone, head2, metadata, { foldStandardization = false } = {}) {
  const model2 = import_onnx_proto3.onnx.ModelProto.decode(backbone);
  const graph = model2.graph;
  const features = graph ? findFeatureTensor(graph) : null;
  if (!graph || !features) throw new ExportError("the backbone has no classifier layer whose features a new head could read");
  const dim2 = head2.mean.length;
  if (head2.weight.length !== head2.classes * dim2 || head2.bias.length !== head2.classes || head2.std.length !== dim2) {
    throw new ExportError(`the head's shapes do not match: ${head2.classes} classes, ${dim2} features, ${head2.weight.length} weights`);
  }
  const g = new OnnxGraphBuilder();
  g.reserve(allNames(graph));
  g.reserve([PROBABILITIES_OUTPUT, LOGITS_OUTPUT]);
  let x = features.name;
  if (features.quantization) {
    const oldHead = (graph.node ?? []).find((n) => n.input?.[0] === features.name && n.opType === "QLinearMatMul");
    const scale = oldHead?.input?.[1];
    const zeroPoint = oldHead?.input?.[2];
    if (!scale || !zeroPoint) throw new ExportError("the quantized features have no scale and zero point");
    x = g.node("DequantizeLinear", [x, scale, zeroPoint], "head.dequantize");
  }
  let { weight, bias } = head2;
  if (foldStandardization) ({ weight, bias } = folded(head2));
  else {
    x = g.node("Sub", [x, g.constant("features.mean", head2.mean, [dim2])], "head.standardize.sub");
    x = g.node("Div", [x, g.constant("features.std", head2.std, [dim2])], "head.standardize.div");
  }
  g.node("Gemm", [x, g.constant("head.weight", weight, [head2.classes, dim2]), g.constant("head.bias", bias, [head2.classes])], "head", { transB: 1 });
  const parts = g.parts();
  const gemm2 = parts.node[parts.node.length - 1];
  gemm2.output = [LOGITS_OUTPUT];
  parts.node.push({ opType: "Softmax", name: "head/Softmax", input: [LOGITS_OUTPUT], output: [PROBABILITIES_OUTPUT], attribute: [{ name: "axis", type: import_onnx_proto3.onnx.AttributeProto.AttributeType.INT, i: 1 }] });
  const outputs = [PROBABILITIES_OUTPUT, LOGITS_OUTPUT];
  const { nodes, used } = prune({ node: [...graph.node ?? [], ...parts.node] }, outputs);
  const initializers = [...(graph.initializer ?? []).filter((t2) => used.has(t2.name ?? "")), ...parts.initializer];
  const batch = graph.input?.[0]?.type?.tensorType?.shape?.dim?.[0];
  const outputType = () => ({
    tensorType: { elemType: import_onnx_proto3.onnx.TensorProto.DataType.FLOAT, shape: { dim: [batch?.dimParam ? { dimParam: batch.dimParam } : { dimParam: "batch" }, { dimValue: head2.classes }] } }
  });
  const kept = new Set(initializers.map((t2) => t2.name));
  model2.graph = import_onnx_proto3.onnx.GraphProto.create({
    ...graph,
    node: nodes,
    initializer: initializers,
    // Inputs that were only initializers' declarations (old IR) go with their pruned initializers.
    input: (graph.input ?? []).filter((i, index) => index === 0 || kept.has(i.name) || used.has(i.name ?? "")),
    output: outputs.map((name) => ({ name, type: outputType() })),
    valueInfo: (graph.valueInfo ?? []).filter((v) => used.has(v.name ?? ""))
  });
  const props = new Map((model2.metadataProps ?? []).map((p) => [p.key ?? "", p.value ?? ""]));
  for (const [key, value] of Object.entries(metadata)) props.set(key, value);
  model2.metadataProps = [...props].map(([key, value]) => import_onnx_proto3.onnx.StringStringEntryProto.create({ key, value }));
  model2.producerName = "Airi Lab (backbone + airi head)";
  return import_onnx_proto3.onnx.ModelProto.encode(model2).finish();
}

// native-models/cam/explain-onnx.ts
var import_onnx_proto6 = __toESM(require_onnx(), 1);

// native-models/onnx/onnx-graph.ts
function elementCount(dims) {
  return dims.reduce((n, d) => n * d, 1);
}

// native-models/onnx/shape-rules.ts
function list(value, length, fallback) {
  return Array.isArray(value) && value.length >= length ? value.slice(0, length) : Array.from({ length }, () => fallback);
}
function normaliseAxis(axis, rank) {
  const at = axis < 0 ? axis + rank : axis;
  if (at < 0 || at >= rank) throw new RangeError(`axis ${axis} out of range for rank ${rank}`);
  return at;
}
function windowOutput(spatial, kernel, a, ceil) {
  const n = spatial.length;
  const strides = list(a.strides, n, 1);
  const dilations = list(a.dilations, n, 1);
  const pads = list(a.pads, 2 * n, 0);
  const autoPad = typeof a.auto_pad === "string" ? a.auto_pad : "NOTSET";
  return spatial.map((size2, i) => {
    if (autoPad === "SAME_UPPER" || autoPad === "SAME_LOWER") return Math.ceil(size2 / strides[i]);
    const span = dilations[i] * (kernel[i] - 1) + 1;
    const padded = size2 + (autoPad === "VALID" ? 0 : pads[i] + pads[i + n]) - span;
    if (padded < 0) throw new RangeError("window larger than its input");
    return (ceil ? Math.ceil(padded / strides[i]) : Math.floor(padded / strides[i])) + 1;
  });
}
function convOutput(x, w2, a) {
  const kernel = Array.isArray(a.kernel_shape) ? a.kernel_shape : w2.slice(2);
  return [x[0], w2[0], ...windowOutput(x.slice(2), kernel, a, false)];
}
function poolOutput(x, a) {
  const kernel = list(a.kernel_shape, x.length - 2, 1);
  return [x[0], x[1], ...windowOutput(x.slice(2), kernel, a, a.ceil_mode === 1)];
}
function broadcast(a, b) {
  const rank = Math.max(a.length, b.length);
  return Array.from({ length: rank }, (_, i) => {
    const p = a[a.length - rank + i] ?? 1;
    const q2 = b[b.length - rank + i] ?? 1;
    if (p !== q2 && p !== 1 && q2 !== 1) throw new RangeError(`shapes [${a}] and [${b}] do not broadcast`);
    return p === 1 ? q2 : p;
  });
}
function matmulShape(a, b) {
  const left = a.length === 1 ? [1, a[0]] : a;
  const right = b.length === 1 ? [b[0], 1] : b;
  if (left[left.length - 1] !== right[right.length - 2]) throw new RangeError(`cannot multiply [${a}] by [${b}]`);
  const batch = broadcast(left.slice(0, -2), right.slice(0, -2));
  const out = [...batch, left[left.length - 2], right[right.length - 1]];
  return a.length === 1 ? out.filter((_, i) => i !== out.length - 2) : b.length === 1 ? out.slice(0, -1) : out;
}

// native-models/onnx/infer-shapes.ts
var SAME_SHAPE = /* @__PURE__ */ new Set([
  "Relu",
  "Clip",
  "Sigmoid",
  "Tanh",
  "LeakyRelu",
  "HardSigmoid",
  "HardSwish",
  "Softmax",
  "LogSoftmax",
  "Dropout",
  "Identity",
  "QuantizeLinear",
  "DequantizeLinear",
  "BatchNormalization",
  "Erf",
  "Exp",
  "Cast",
  "Neg",
  "Sqrt",
  "Elu",
  "Selu",
  "Gelu",
  "PRelu",
  "InstanceNormalization",
  "LRN",
  "Abs",
  "Log",
  "Reciprocal",
  "Softplus",
  "Mish",
  "LayerNormalization",
  "QLinearSigmoid",
  "QLinearLeakyRelu",
  "DynamicQuantizeLinear"
]);
var BROADCAST = /* @__PURE__ */ new Set(["Add", "Sub", "Mul", "Div", "Pow", "Max", "Min", "Sum", "Mean", "Equal", "Greater", "Less", "And", "Or"]);
var QLINEAR_BINARY = /* @__PURE__ */ new Set(["QLinearAdd", "QLinearMul"]);
function ints(value) {
  return Array.isArray(value) && value.every((v) => typeof v === "number") ? value : void 0;
}
function int(value, fallback) {
  return typeof value === "number" ? value : fallback;
}
function inferShapes(graph) {
  const shapes = /* @__PURE__ */ new Map();
  const values = /* @__PURE__ */ new Map();
  for (const input2 of graph.inputs) {
    if (input2.dims) shapes.set(input2.name, input2.dims.map((d) => typeof d === "number" && d > 0 ? d : 1));
  }
  for (const [name, init] of graph.initializers) {
    shapes.set(name, init.dims);
    if (init.ints) values.set(name, init.ints);
  }
  for (const node of graph.nodes) {
    try {
      inferNode(node, shapes, values);
    } catch {
    }
  }
  return { shapes, values };
}
function inferNode(node, shapes, values) {
  const a = node.attributes;
  const shapeOf = (i) => node.inputs[i] ? shapes.get(node.inputs[i]) : void 0;
  const valueOf = (i) => node.inputs[i] ? values.get(node.inputs[i]) : void 0;
  const set = (shape, value) => {
    if (!shape || shape.some((d) => !Number.isSafeInteger(d) || d < 0)) return;
    shapes.set(node.outputs[0], shape);
    if (value && value.length <= 64) values.set(node.outputs[0], value);
  };
  const x = shapeOf(0);
  const op = node.opType;
  if (op === "Conv" || op === "QLinearConv") {
    const w2 = shapeOf(op === "Conv" ? 1 : 3);
    if (x && w2) set(convOutput(x, w2, a));
  } else if (op === "MaxPool" || op === "AveragePool" || op === "QLinearAveragePool" || op === "LpPool") {
    if (x) set(poolOutput(x, a));
  } else if (op === "GlobalAveragePool" || op === "GlobalMaxPool" || op === "QLinearGlobalAveragePool") {
    if (x) set(int(a.channels_last, 0) ? [x[0], 1, 1, x[3]] : [x[0], x[1], ...x.slice(2).map(() => 1)]);
  } else if (op === "Gemm") {
    const b = shapeOf(1);
    if (x && b) set([int(a.transA, 0) ? x[1] : x[0], int(a.transB, 0) ? b[0] : b[1]]);
  } else if (op === "MatMul" || op === "QLinearMatMul" || op === "MatMulInteger") {
    const b = shapeOf(op === "QLinearMatMul" ? 3 : 1);
    if (x && b) set(matmulShape(x, b));
  } else if (SAME_SHAPE.has(op)) {
    if (x) set([...x]);
  } else if (BROADCAST.has(op) || op === "Where") {
    const all = node.inputs.map((_, i) => shapeOf(i));
    if (all.every(Boolean)) set(all.reduce((s, t2) => broadcast(s, t2)));
  } else if (QLINEAR_BINARY.has(op)) {
    const b = shapeOf(3);
    if (x && b) set(broadcast(x, b));
  } else if (op === "Flatten") {
    if (x) {
      const axis = normaliseAxis(int(a.axis, 1), x.length + 1);
      set([elementCount(x.slice(0, axis)), elementCount(x.slice(axis))]);
    }
  } else if (op === "Reshape") {
    const target = valueOf(1);
    if (x && target) {
      const out = target.map((d, i) => d === 0 ? x[i] : d);
      const known = elementCount(out.filter((d) => d !== -1));
      set(out.map((d) => d === -1 ? elementCount(x) / known : d));
    }
  } else if (op === "Shape") {
    if (x) set([x.length], [...x]);
  } else if (op === "Constant") {
    const t2 = a.value;
    if (t2 && typeof t2 === "object" && !Array.isArray(t2)) set(t2.dims, t2.ints ?? void 0);
  } else if (op === "Gather") {
    const indices = shapeOf(1);
    if (x && indices) {
      const axis = normaliseAxis(int(a.axis, 0), x.length);
      const data2 = valueOf(0);
      const at = valueOf(1);
      set([...x.slice(0, axis), ...indices, ...x.slice(axis + 1)], data2 && at && x.length === 1 ? at.map((i) => data2[i < 0 ? i + data2.length : i]) : void 0);
    }
  } else if (op === "Unsqueeze" || op === "Squeeze") {
    const axes = ints(a.axes) ?? valueOf(1);
    if (x && op === "Unsqueeze" && axes) {
      const rank = x.length + axes.length;
      const out = [...x];
      for (const axis of axes.map((v) => normaliseAxis(v, rank)).sort((p, q2) => p - q2)) out.splice(axis, 0, 1);
      set(out, valueOf(0));
    } else if (x && op === "Squeeze") {
      const drop = axes ? axes.map((v) => normaliseAxis(v, x.length)) : x.flatMap((d, i) => d === 1 ? [i] : []);
      set(x.filter((_, i) => !drop.includes(i)), valueOf(0));
    }
  } else if (op === "Concat") {
    const all = node.inputs.map((_, i) => shapeOf(i));
    if (all.length > 0 && all.every(Boolean)) {
      const axis = normaliseAxis(int(a.axis, 0), all[0].length);
      const out = [...all[0]];
      out[axis] = all.reduce((n, s) => n + s[axis], 0);
      const parts = node.inputs.map((_, i) => valueOf(i));
      set(out, parts.every(Boolean) ? parts.flatMap((p) => p) : void 0);
    }
  } else if (op === "Transpose") {
    if (x) set((ints(a.perm) ?? x.map((_, i) => x.length - 1 - i)).map((p) => x[p]));
  } else if (op.startsWith("Reduce")) {
    const axes = ints(a.axes) ?? valueOf(1);
    if (x) {
      const reduced = (axes ?? x.map((_, i) => i)).map((v) => normaliseAxis(v, x.length));
      set(int(a.keepdims, 1) ? x.map((d, i) => reduced.includes(i) ? 1 : d) : x.filter((_, i) => !reduced.includes(i)));
    }
  }
}

// native-models/onnx/protobuf-reader.ts
var ProtobufError = class extends Error {
  name = "ProtobufError";
};
var WIRE = { varint: 0, fixed64: 1, bytes: 2, fixed32: 5 };
var ProtobufReader = class {
  constructor(buffer) {
    this.buffer = buffer;
  }
  buffer;
  at = 0;
  get done() {
    return this.at >= this.buffer.length;
  }
  /** The next field, or null at the end. */
  next() {
    if (this.done) return null;
    const key = this.varint();
    const number = Math.floor(key / 8);
    const wire = key % 8;
    if (number < 1) throw new ProtobufError(`field number 0 at byte ${this.at}`);
    if (wire === WIRE.varint) return { number, wire, varint: this.varint(), bytes: EMPTY };
    if (wire === WIRE.bytes) {
      const length = this.varint();
      return { number, wire, varint: 0, bytes: this.take(length) };
    }
    if (wire === WIRE.fixed64) return { number, wire, varint: 0, bytes: this.take(8) };
    if (wire === WIRE.fixed32) return { number, wire, varint: 0, bytes: this.take(4) };
    throw new ProtobufError(`unsupported wire type ${wire} (field ${number}) at byte ${this.at}`);
  }
  /** A base-128 varint; 10-byte negatives (two's complement int64) come back negative. */
  varint() {
    let value = 0;
    let scale = 1;
    const start = this.at;
    for (let i = 0; i < 10; i++) {
      if (this.at >= this.buffer.length) throw new ProtobufError("the data ends inside a number");
      const byte = this.buffer[this.at++];
      if (i === 7) return this.bigVarint(start);
      value += (byte & 127) * scale;
      scale *= 128;
      if (byte < 128) return value;
    }
    throw new ProtobufError("a number is longer than 10 bytes");
  }
  /** Varints of 8 to 10 bytes (beyond 2^49, or negative int64) read exactly with BigInt. */
  bigVarint(start) {
    this.at = start;
    let value = 0n;
    for (let i = 0n; i < 70n; i += 7n) {
      if (this.at >= this.buffer.length) throw new ProtobufError("the data ends inside a number");
      const byte = this.buffer[this.at++];
      value |= BigInt(byte & 127) << i;
      if (byte < 128) return Number(BigInt.asIntN(64, value));
    }
    throw new ProtobufError("a number is longer than 10 bytes");
  }
  take(length) {
    if (!Number.isSafeInteger(length) || length < 0 || this.at + length > this.buffer.length) {
      throw new ProtobufError(`a field claims ${length} bytes but only ${this.buffer.length - this.at} remain`);
    }
    const view = this.buffer.subarray(this.at, this.at + length);
    this.at += length;
    return view;
  }
};
var EMPTY = new Uint8Array(0);
var UTF8 = new TextDecoder("utf-8", { fatal: false });
function text(bytes2) {
  return UTF8.decode(bytes2);
}
function float32(bytes2) {
  return new DataView(bytes2.buffer, bytes2.byteOffset, 4).getFloat32(0, true);
}
function varints(field) {
  if (field.wire === WIRE.varint) return [field.varint];
  if (field.wire !== WIRE.bytes) throw new ProtobufError(`field ${field.number} should hold integers`);
  const reader = new ProtobufReader(field.bytes);
  const values = [];
  while (!reader.done) values.push(reader.varint());
  return values;
}
function floats(field) {
  if (field.wire === WIRE.fixed32) return [float32(field.bytes)];
  if (field.wire !== WIRE.bytes || field.bytes.length % 4 !== 0) throw new ProtobufError(`field ${field.number} should hold floats`);
  const values = [];
  for (let i = 0; i < field.bytes.length; i += 4) values.push(float32(field.bytes.subarray(i, i + 4)));
  return values;
}
function* fields(bytes2) {
  const reader = new ProtobufReader(bytes2);
  for (let field = reader.next(); field; field = reader.next()) yield field;
}

// native-models/onnx/parse-onnx.ts
var OnnxParseError = class extends Error {
  name = "OnnxParseError";
};
var SMALL_INTS = 64;
function parseTensor(bytes2) {
  const tensor = { name: "", dataType: 0, dims: [], ints: null, external: false };
  let raw = null;
  const ints3 = [];
  for (const f of fields(bytes2)) {
    if (f.number === 1) tensor.dims.push(...varints(f));
    else if (f.number === 2) tensor.dataType = f.varint;
    else if (f.number === 8) tensor.name = text(f.bytes);
    else if (f.number === 9) raw = f.bytes;
    else if ((f.number === 5 || f.number === 7) && ints3.length <= SMALL_INTS) ints3.push(...varints(f));
    else if (f.number === 14) tensor.external = f.varint === 1;
  }
  const count = elementCount(tensor.dims);
  if (tensor.dims.some((d) => !Number.isSafeInteger(d) || d < 0)) throw new OnnxParseError(`weight ${tensor.name} has an invalid shape`);
  if ((tensor.dataType === 7 || tensor.dataType === 6) && count <= SMALL_INTS) {
    if (raw && raw.length === count * (tensor.dataType === 7 ? 8 : 4)) {
      const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
      tensor.ints = Array.from({ length: count }, (_, i) => tensor.dataType === 7 ? Number(view.getBigInt64(i * 8, true)) : view.getInt32(i * 4, true));
    } else if (ints3.length === count) tensor.ints = ints3;
  }
  return tensor;
}
function parseAttribute(bytes2) {
  let name = "";
  let value;
  const list2 = [];
  const strings = [];
  for (const f of fields(bytes2)) {
    if (f.number === 1) name = text(f.bytes);
    else if (f.number === 2 && f.wire === WIRE.fixed32) value = float32(f.bytes);
    else if (f.number === 3) value = f.varint;
    else if (f.number === 4) value = text(f.bytes);
    else if (f.number === 5) value = parseTensor(f.bytes);
    else if (f.number === 7) list2.push(...floats(f));
    else if (f.number === 8) list2.push(...varints(f));
    else if (f.number === 9) strings.push(text(f.bytes));
  }
  if (value === void 0 && list2.length > 0) value = list2;
  if (value === void 0 && strings.length > 0) value = strings;
  return [name, value];
}
function parseNode(bytes2) {
  const node = { name: "", opType: "", domain: "", inputs: [], outputs: [], attributes: {} };
  for (const f of fields(bytes2)) {
    if (f.number === 1) node.inputs.push(text(f.bytes));
    else if (f.number === 2) node.outputs.push(text(f.bytes));
    else if (f.number === 3) node.name = text(f.bytes);
    else if (f.number === 4) node.opType = text(f.bytes);
    else if (f.number === 7) node.domain = text(f.bytes);
    else if (f.number === 5) {
      const [name, value] = parseAttribute(f.bytes);
      if (name && value !== void 0) node.attributes[name] = value;
    }
  }
  if (!node.opType) throw new OnnxParseError("a node has no operator");
  return node;
}
function parseShape(bytes2) {
  const dims = [];
  for (const dim2 of fields(bytes2)) {
    if (dim2.number !== 1) continue;
    let value = "?";
    for (const f of fields(dim2.bytes)) {
      if (f.number === 1) value = f.varint;
      else if (f.number === 2) value = text(f.bytes);
    }
    dims.push(value);
  }
  return dims;
}
function parseValueInfo(bytes2) {
  const info = { name: "", elemType: 0, dims: null };
  for (const f of fields(bytes2)) {
    if (f.number === 1) info.name = text(f.bytes);
    else if (f.number === 2) {
      for (const type of fields(f.bytes)) {
        if (type.number !== 1) continue;
        for (const t2 of fields(type.bytes)) {
          if (t2.number === 1) info.elemType = t2.varint;
          else if (t2.number === 2) info.dims = parseShape(t2.bytes);
        }
      }
    }
  }
  return info;
}
function parseGraph(bytes2, graph) {
  const declaredInputs = [];
  for (const f of fields(bytes2)) {
    if (f.number === 1) graph.nodes.push(parseNode(f.bytes));
    else if (f.number === 2) graph.graphName = text(f.bytes);
    else if (f.number === 5) {
      const tensor = parseTensor(f.bytes);
      graph.initializers.set(tensor.name, tensor);
    } else if (f.number === 11) declaredInputs.push(parseValueInfo(f.bytes));
    else if (f.number === 12) graph.outputs.push(parseValueInfo(f.bytes));
  }
  graph.inputs = declaredInputs.filter((i) => !graph.initializers.has(i.name));
}
function parseOnnx(bytes2) {
  const graph = {
    irVersion: 0,
    producer: "",
    opsets: {},
    graphName: "",
    nodes: [],
    initializers: /* @__PURE__ */ new Map(),
    inputs: [],
    outputs: []
  };
  let sawGraph = false;
  try {
    for (const f of fields(bytes2)) {
      if (f.number === 1 && f.wire === WIRE.varint) graph.irVersion = f.varint;
      else if (f.number === 2 && f.wire === WIRE.bytes) graph.producer = text(f.bytes);
      else if (f.number === 8 && f.wire === WIRE.bytes) readOpset(f, graph);
      else if (f.number === 7 && f.wire === WIRE.bytes) {
        sawGraph = true;
        parseGraph(f.bytes, graph);
      }
    }
  } catch (error) {
    if (error instanceof ProtobufError) throw new OnnxParseError(`the file is damaged or not ONNX: ${error.message}`);
    throw error;
  }
  if (graph.irVersion < 1 || graph.irVersion > 100) throw new OnnxParseError("it has no ONNX IR version");
  if (!sawGraph || graph.nodes.length === 0) throw new OnnxParseError("it has no graph of operators");
  return graph;
}
function readOpset(field, graph) {
  let domain = "";
  let version = 0;
  for (const f of fields(field.bytes)) {
    if (f.number === 1) domain = text(f.bytes);
    else if (f.number === 2) version = f.varint;
  }
  graph.opsets[domain === "ai.onnx" ? "" : domain] = version;
}

// native-models/cam/graph-index.ts
var import_onnx_proto5 = __toESM(require_onnx(), 1);

// native-models/cam/tensor-data.ts
var import_onnx_proto4 = __toESM(require_onnx(), 1);
var T = import_onnx_proto4.onnx.TensorProto.DataType;
var toNumber = (v) => typeof v === "number" ? v : v.toNumber();
function readTensor(tensor) {
  const dims = (tensor.dims ?? []).map(toNumber);
  const count = dims.reduce((n, d) => n * d, 1);
  if (tensor.dataLocation === import_onnx_proto4.onnx.TensorProto.DataLocation.EXTERNAL) throw new Error(`the weights ${tensor.name} live in an external file`);
  const raw = tensor.rawData;
  const values = new Float32Array(count);
  if (raw && raw.length > 0) {
    const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    const width = { [T.FLOAT]: 4, [T.UINT8]: 1, [T.INT8]: 1, [T.INT32]: 4, [T.INT64]: 8, [T.DOUBLE]: 8, [T.BOOL]: 1 };
    const step = width[tensor.dataType ?? 0];
    if (!step) throw new Error(`the tensor ${tensor.name} has data type ${tensor.dataType}, which is not read here`);
    for (let i = 0; i < count; i++) {
      const at = i * step;
      switch (tensor.dataType) {
        case T.FLOAT:
          values[i] = view.getFloat32(at, true);
          break;
        case T.UINT8:
        case T.BOOL:
          values[i] = view.getUint8(at);
          break;
        case T.INT8:
          values[i] = view.getInt8(at);
          break;
        case T.INT32:
          values[i] = view.getInt32(at, true);
          break;
        case T.INT64:
          values[i] = Number(view.getBigInt64(at, true));
          break;
        case T.DOUBLE:
          values[i] = view.getFloat64(at, true);
          break;
      }
    }
    return { dims, values };
  }
  const typed = (tensor.floatData?.length ? tensor.floatData : null) ?? (tensor.int32Data?.length ? tensor.int32Data : null) ?? (tensor.int64Data?.length ? tensor.int64Data : null) ?? (tensor.doubleData?.length ? tensor.doubleData : null) ?? [];
  if (typed.length !== count) throw new Error(`the tensor ${tensor.name} holds ${typed.length} values for ${count} places`);
  for (let i = 0; i < count; i++) values[i] = toNumber(typed[i]);
  return { dims, values };
}

// native-models/cam/graph-index.ts
var GraphIndex = class _GraphIndex {
  constructor(model2) {
    this.model = model2;
    const graph = model2.graph;
    if (!graph) throw new Error("the model has no graph");
    this.nodes = graph.node ?? [];
    for (const t2 of graph.initializer ?? []) if (t2.name) this.initializers.set(t2.name, t2);
    for (const node of this.nodes) {
      for (const out of node.output ?? []) this.producers.set(out, node);
      for (const input2 of node.input ?? []) {
        if (!input2) continue;
        const list2 = this.consumers.get(input2) ?? [];
        list2.push(node);
        this.consumers.set(input2, list2);
      }
      if (node.opType === "Constant" && node.output?.[0]) {
        const value = node.attribute?.find((a) => a.name === "value")?.t;
        if (value) this.constantNodes.set(node.output[0], value);
      }
    }
  }
  model;
  nodes;
  producers = /* @__PURE__ */ new Map();
  consumers = /* @__PURE__ */ new Map();
  initializers = /* @__PURE__ */ new Map();
  constantNodes = /* @__PURE__ */ new Map();
  decoded = /* @__PURE__ */ new Map();
  static decode(bytes2) {
    return new _GraphIndex(import_onnx_proto5.onnx.ModelProto.decode(bytes2));
  }
  get graph() {
    return this.model.graph;
  }
  producer(tensor) {
    return this.producers.get(tensor);
  }
  consumersOf(tensor) {
    return this.consumers.get(tensor) ?? [];
  }
  /** True for a weight or a Constant node's value: known without running the graph. */
  isConstant(tensor) {
    return this.initializers.has(tensor) || this.constantNodes.has(tensor);
  }
  /** A constant tensor's values (decoded once), or null when the tensor is computed. */
  constant(tensor) {
    const cached = this.decoded.get(tensor);
    if (cached) return cached;
    const proto = this.initializers.get(tensor) ?? this.constantNodes.get(tensor);
    if (!proto) return null;
    const value = readTensor(proto);
    this.decoded.set(tensor, value);
    return value;
  }
  /** The element type of a weight (ONNX TensorProto.DataType), or null. */
  constantType(tensor) {
    return (this.initializers.get(tensor) ?? this.constantNodes.get(tensor))?.dataType ?? null;
  }
};
function attribute2(node, name) {
  const a = node.attribute?.find((x) => x.name === name);
  if (!a) return void 0;
  const num2 = (v) => typeof v === "number" ? v : v.toNumber();
  switch (a.type) {
    case import_onnx_proto5.onnx.AttributeProto.AttributeType.INT:
      return num2(a.i ?? 0);
    case import_onnx_proto5.onnx.AttributeProto.AttributeType.FLOAT:
      return a.f ?? 0;
    case import_onnx_proto5.onnx.AttributeProto.AttributeType.INTS:
      return (a.ints ?? []).map(num2);
    case import_onnx_proto5.onnx.AttributeProto.AttributeType.FLOATS:
      return [...a.floats ?? []];
    case import_onnx_proto5.onnx.AttributeProto.AttributeType.STRING:
      return new TextDecoder().decode(a.s ?? new Uint8Array());
    default:
      return void 0;
  }
}

// native-models/cam/fake-quant.ts
function fakeQuantize(x, q2) {
  const out = new Float32Array(x.data.length);
  const pass = new Uint8Array(x.data.length);
  for (let i = 0; i < out.length; i++) {
    const level = Math.round(x.data[i] / q2.scale) + q2.zeroPoint;
    const clamped = Math.min(q2.max, Math.max(q2.min, level));
    pass[i] = clamped === level ? 1 : 0;
    out[i] = (clamped - q2.zeroPoint) * q2.scale;
  }
  return { value: { dims: x.dims, data: out }, pass };
}
function straightThrough(dout, pass) {
  const dx = new Float32Array(dout.length);
  for (let i = 0; i < dx.length; i++) dx[i] = pass[i] ? dout[i] : 0;
  return dx;
}
function realValues(v, q2, perAxis) {
  if (!v.raw) return v.data;
  const out = new Float32Array(v.data.length);
  if (perAxis && perAxis.scales.length > 1) {
    const inner = v.dims.slice(perAxis.axis + 1).reduce((n, d) => n * d, 1);
    const channels = v.dims[perAxis.axis];
    for (let i = 0; i < out.length; i++) {
      const c = Math.floor(i / inner) % channels;
      out[i] = (v.data[i] - (perAxis.zeros?.[c] ?? 0)) * perAxis.scales[c];
    }
    return out;
  }
  const scale = q2?.scale ?? 1;
  const zero = q2?.zeroPoint ?? 0;
  for (let i = 0; i < out.length; i++) out[i] = (v.data[i] - zero) * scale;
  return out;
}

// native-models/cam/quantization.ts
var OUTPUT_PARAMS = {
  QuantizeLinear: [1, 2],
  QLinearConv: [6, 7],
  QLinearMatMul: [6, 7],
  QLinearAdd: [6, 7],
  QLinearMul: [6, 7],
  QLinearGlobalAveragePool: [3, 4],
  QLinearAveragePool: [3, 4],
  QLinearSigmoid: [3, 4],
  QLinearLeakyRelu: [3, 4],
  QLinearConcat: [0, 1]
};
var SAME_AS_INPUT = /* @__PURE__ */ new Set(["Reshape", "Flatten", "MaxPool", "Transpose", "Squeeze", "Unsqueeze", "Identity"]);
function quantizationOf(index, tensor) {
  for (let hops = 0, name = tensor; hops < 8; hops++) {
    const node = index.producer(name);
    if (!node) return null;
    const params = OUTPUT_PARAMS[node.opType ?? ""];
    if (params) return paramsOf(index, node, params[0], params[1]);
    if (!SAME_AS_INPUT.has(node.opType ?? "") || !node.input?.[0]) return null;
    name = node.input[0];
  }
  return null;
}
function paramsOf(index, node, scaleAt, zeroAt) {
  const scale = index.constant(node.input?.[scaleAt] ?? "");
  if (!scale || scale.values.length !== 1) return null;
  const zeroName = node.input?.[zeroAt] ?? "";
  const zero = zeroName ? index.constant(zeroName) : null;
  const signed = zeroName ? index.constantType(zeroName) === 3 : false;
  return { scale: scale.values[0], zeroPoint: zero?.values[0] ?? 0, min: signed ? -128 : 0, max: signed ? 127 : 255 };
}
function dequantize(values, q2) {
  const out = new Float32Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = (values[i] - q2.zeroPoint) * q2.scale;
  return out;
}

// native-models/cam/tail-value.ts
var size = (dims) => dims.reduce((n, d) => n * d, 1);
function broadcastDims(a, b) {
  const rank = Math.max(a.length, b.length);
  const out = [];
  for (let i = 0; i < rank; i++) {
    const x = a[a.length - rank + i] ?? 1;
    const y = b[b.length - rank + i] ?? 1;
    if (x !== y && x !== 1 && y !== 1) throw new Error(`shapes [${a.join(", ")}] and [${b.join(", ")}] do not broadcast`);
    out.push(Math.max(x, y));
  }
  return out;
}
function broadcastIndex(dims, out) {
  const total = size(out);
  const index = new Int32Array(total);
  const rank = out.length;
  const padded = [...Array(rank - dims.length).fill(1), ...dims];
  const strides = new Array(rank).fill(0);
  for (let i = rank - 1, s = 1; i >= 0; i--) {
    strides[i] = padded[i] === 1 ? 0 : s;
    s *= padded[i];
  }
  const counter = new Array(rank).fill(0);
  for (let k = 0; k < total; k++) {
    let at = 0;
    for (let i = 0; i < rank; i++) at += counter[i] * strides[i];
    index[k] = at;
    for (let i = rank - 1; i >= 0; i--) {
      if (++counter[i] < out[i]) break;
      counter[i] = 0;
    }
  }
  return index;
}

// native-models/cam/tail-ops.ts
var ints2 = (node, name, fallback) => {
  const v = attribute2(node, name);
  return Array.isArray(v) ? v : fallback;
};
var num = (node, name, fallback) => {
  const v = attribute2(node, name);
  return typeof v === "number" ? v : fallback;
};
var need = (v, what) => {
  if (!v) throw new Error(`missing input ${what}`);
  return v;
};
var q = (index, node, scaleAt, zeroAt) => {
  const params = paramsOf(index, node, scaleAt, zeroAt);
  if (!params) throw new Error(`${node.opType} ${node.name}: its scale is not a single constant`);
  return params;
};
function quantizedOutput(op, quant) {
  let pass = null;
  return {
    forward(inputs) {
      const [y] = op.forward(inputs);
      const fq = fakeQuantize(y, quant());
      pass = fq.pass;
      return [fq.value];
    },
    backward([d]) {
      if (!d || !pass) return op.backward([null]);
      return op.backward([straightThrough(d, pass)]);
    }
  };
}
function convOp(node, weightOf) {
  let conv = null;
  let outDims = [];
  return {
    forward(inputs) {
      const x = need(inputs[0], "X");
      const { w: w2, b } = weightOf(inputs);
      const [m, cPerGroup, kh, kw] = w2.dims;
      const group = num(node, "group", 1);
      const pads = ints2(node, "pads", [0, 0, 0, 0]);
      const strides = ints2(node, "strides", [1, 1]);
      const dilations = ints2(node, "dilations", [1, 1]);
      const autoPad = attribute2(node, "auto_pad");
      if (dilations.some((d) => d !== 1)) throw new Error(`Conv ${node.name}: dilated convolutions are not supported`);
      let [pt, pl, pb, pr] = pads;
      if (autoPad === "SAME_UPPER" || autoPad === "SAME_LOWER") {
        const padFor = (inSize, k, s) => Math.max(0, (Math.ceil(inSize / s) - 1) * s + k - inSize);
        const [ph, pw] = [padFor(x.dims[2], kh, strides[0]), padFor(x.dims[3], kw, strides[1])];
        [pt, pb, pl, pr] = [Math.floor(ph / 2), ph - Math.floor(ph / 2), Math.floor(pw / 2), pw - Math.floor(pw / 2)];
      }
      if (pt !== pb || pl !== pr) throw new Error(`Conv ${node.name}: asymmetric padding is not supported`);
      conv = new Conv2d(cPerGroup * group, m, [kh, kw], { rng: new Rng(0), stride: [strides[0], strides[1]], padding: [pt, pl], groups: group, bias: b !== null });
      conv.weight.value.data.set(w2.data);
      if (b && conv.bias) conv.bias.value.data.set(b);
      const y = conv.forward(new Tensor(x.data, x.dims));
      outDims = y.shape;
      return [{ dims: y.shape, data: y.data }];
    },
    backward([d]) {
      if (!d || !conv) return [null];
      return [conv.backward(new Tensor(d, outDims)).data];
    }
  };
}
function layerOp(make, outDims) {
  let layer = null;
  let xDims = [];
  let yDims = [];
  return {
    forward(inputs) {
      const x = need(inputs[0], "X");
      layer = make();
      xDims = x.dims;
      const y = layer.forward(new Tensor(x.data, x.dims));
      yDims = outDims ? outDims(x.dims) : y.shape;
      return [{ dims: yDims, data: y.data }];
    },
    backward([d]) {
      if (!d || !layer) return [null];
      const inner = outDims ? [xDims[0], xDims[1]] : yDims;
      return [layer.backward(new Tensor(d, inner)).data];
    }
  };
}
function elementwise(f, df) {
  let x = null;
  let y = null;
  return {
    forward(inputs) {
      x = need(inputs[0], "X");
      y = x.data.map(f);
      return [{ dims: x.dims, data: y }];
    },
    backward([d]) {
      if (!d || !x || !y) return [null];
      const dx = new Float32Array(d.length);
      for (let i = 0; i < d.length; i++) dx[i] = d[i] * df(x.data[i], y[i]);
      return [dx];
    }
  };
}
function binary(kind, realA = (v) => v.data, realB = (v) => v.data) {
  let cache = null;
  return {
    forward(inputs) {
      const A = need(inputs[0], "A");
      const B = need(inputs[1], "B");
      const [a, b] = [realA(A), realB(B)];
      const dims = broadcastDims(A.dims, B.dims);
      const ia = broadcastIndex(A.dims, dims);
      const ib = broadcastIndex(B.dims, dims);
      const out = new Float32Array(size(dims));
      for (let i = 0; i < out.length; i++) {
        const [x, y] = [a[ia[i]], b[ib[i]]];
        out[i] = kind === "add" ? x + y : kind === "sub" ? x - y : x * y;
      }
      cache = { a, b, ia, ib, aLen: a.length, bLen: b.length };
      return [{ dims, data: out }];
    },
    backward([d]) {
      if (!d || !cache) return [null, null];
      const { a, b, ia, ib, aLen, bLen } = cache;
      const da = new Float32Array(aLen);
      const db = new Float32Array(bLen);
      for (let i = 0; i < d.length; i++) {
        if (kind === "mul") {
          da[ia[i]] += d[i] * b[ib[i]];
          db[ib[i]] += d[i] * a[ia[i]];
        } else {
          da[ia[i]] += d[i];
          db[ib[i]] += kind === "sub" ? -d[i] : d[i];
        }
      }
      return [da, db];
    }
  };
}
function matmul(realB, transB, alpha = 1, beta = 1) {
  let cache = null;
  return {
    forward(inputs) {
      const A = need(inputs[0], "A");
      const B = need(inputs[1], "B");
      const b = realB(B);
      const [n, k] = [A.dims.length === 2 ? A.dims[0] : size(A.dims.slice(0, -1)), A.dims.at(-1)];
      const m = transB ? B.dims[0] : B.dims[1];
      if ((transB ? B.dims[1] : B.dims[0]) !== k) throw new Error(`MatMul: [${A.dims.join(", ")}] by [${B.dims.join(", ")}]`);
      const out = new Float32Array(n * m);
      for (let r2 = 0; r2 < n; r2++) {
        for (let j = 0; j < m; j++) {
          let s = 0;
          for (let i = 0; i < k; i++) s += A.data[r2 * k + i] * (transB ? b[j * k + i] : b[i * m + j]);
          out[r2 * m + j] = alpha * s;
        }
      }
      const C = inputs[2];
      if (C) {
        const c = C.data;
        for (let i = 0; i < out.length; i++) out[i] += beta * c[c.length === out.length ? i : i % m];
      }
      cache = { a: A, b, k, m };
      return [{ dims: [...A.dims.slice(0, -1), m], data: out }];
    },
    backward([d]) {
      if (!d || !cache) return [null, null, null];
      const { a, b, k, m } = cache;
      const n = a.data.length / k;
      const da = new Float32Array(a.data.length);
      for (let r2 = 0; r2 < n; r2++) {
        for (let j = 0; j < m; j++) {
          const g = alpha * d[r2 * m + j];
          if (g === 0) continue;
          for (let i = 0; i < k; i++) da[r2 * k + i] += g * (transB ? b[j * k + i] : b[i * m + j]);
        }
      }
      return [da, null, null];
    }
  };
}
function reshapeOp(target) {
  return {
    forward(inputs) {
      const x = need(inputs[0], "X");
      return [{ dims: target(x, inputs), data: x.data, raw: x.raw }];
    },
    backward([d]) {
      return [d, null];
    }
  };
}
function reshapeTarget(x, shape, allowZero) {
  const out = shape.map((s, i) => s === 0 && !allowZero ? x.dims[i] : s);
  const known = out.filter((s) => s !== -1).reduce((n, s) => n * s, 1);
  return out.map((s) => s === -1 ? size(x.dims) / known : s);
}
function shapeOp(f) {
  return {
    forward: (inputs) => [f(inputs)],
    backward: (d) => d.map(() => null)
  };
}
function softmaxOp() {
  let y = null;
  return {
    forward(inputs) {
      const x = need(inputs[0], "X");
      const classes2 = x.dims.at(-1);
      const out = new Float32Array(x.data.length);
      for (let r2 = 0; r2 < x.data.length / classes2; r2++) {
        let max = -Infinity;
        for (let j = 0; j < classes2; j++) max = Math.max(max, x.data[r2 * classes2 + j]);
        let sum = 0;
        for (let j = 0; j < classes2; j++) sum += out[r2 * classes2 + j] = Math.exp(x.data[r2 * classes2 + j] - max);
        for (let j = 0; j < classes2; j++) out[r2 * classes2 + j] /= sum;
      }
      y = { dims: x.dims, data: out };
      return [y];
    },
    backward([d]) {
      if (!d || !y) return [null];
      const classes2 = y.dims.at(-1);
      const dx = new Float32Array(d.length);
      for (let r2 = 0; r2 < d.length / classes2; r2++) {
        let dot = 0;
        for (let j = 0; j < classes2; j++) dot += d[r2 * classes2 + j] * y.data[r2 * classes2 + j];
        for (let j = 0; j < classes2; j++) dx[r2 * classes2 + j] = y.data[r2 * classes2 + j] * (d[r2 * classes2 + j] - dot);
      }
      return [dx];
    }
  };
}
function batchNorm2(node) {
  let cache = null;
  return {
    forward(inputs) {
      const x = need(inputs[0], "X");
      const [scale, bias, mean, variance] = [1, 2, 3, 4].map((i) => need(inputs[i], "statistics").data);
      const eps = num(node, "epsilon", 1e-5);
      const channels = x.dims[1];
      const inner = size(x.dims.slice(2));
      const gain = new Float32Array(channels);
      const out = new Float32Array(x.data.length);
      for (let c = 0; c < channels; c++) gain[c] = scale[c] / Math.sqrt(variance[c] + eps);
      for (let i = 0; i < out.length; i++) {
        const c = Math.floor(i / inner) % channels;
        out[i] = (x.data[i] - mean[c]) * gain[c] + bias[c];
      }
      cache = { gain, inner };
      return [{ dims: x.dims, data: out }];
    },
    backward([d]) {
      if (!d || !cache) return [null];
      const { gain, inner } = cache;
      const dx = new Float32Array(d.length);
      for (let i = 0; i < d.length; i++) dx[i] = d[i] * gain[Math.floor(i / inner) % gain.length];
      return [dx];
    }
  };
}
var perAxisOf = (index, node, scaleAt, zeroAt, axis) => ({
  scales: index.constant(node.input?.[scaleAt] ?? "")?.values ?? new Float32Array([1]),
  zeros: index.constant(node.input?.[zeroAt] ?? "")?.values ?? null,
  axis
});
var TAIL_OPS = {
  Conv: (node) => convOp(node, (inputs) => ({ w: need(inputs[1], "W"), b: inputs[2]?.data ?? null })),
  QLinearConv: (node, index) => quantizedOutput(
    convOp(node, (inputs) => {
      const w2 = need(inputs[3], "w");
      const weights = perAxisOf(index, node, 4, 5, 0);
      const xScale = q(index, node, 1, 2).scale;
      const real = realValues(w2, null, weights);
      const bias = inputs[8];
      const b = bias ? bias.data.map((v, m) => v * xScale * (weights.scales.length > 1 ? weights.scales[m] : weights.scales[0])) : null;
      return { w: { dims: w2.dims, data: real }, b };
    }),
    () => q(index, node, 6, 7)
  ),
  BatchNormalization: batchNorm2,
  Relu: () => layerOp(() => new ReLU()),
  Sigmoid: () => layerOp(() => new Sigmoid()),
  Clip: (node) => {
    let bounds = [-Infinity, Infinity];
    const inner = elementwise(
      (x) => Math.min(bounds[1], Math.max(bounds[0], x)),
      (x) => x > bounds[0] && x < bounds[1] ? 1 : 0
    );
    return {
      forward(inputs) {
        bounds = [inputs[1]?.data[0] ?? num(node, "min", -Infinity), inputs[2]?.data[0] ?? num(node, "max", Infinity)];
        return inner.forward([inputs[0]]);
      },
      backward: (d) => [...inner.backward(d), null, null]
    };
  },
  LeakyRelu: (node) => {
    const alpha = num(node, "alpha", 0.01);
    return elementwise((x) => x > 0 ? x : alpha * x, (x) => x > 0 ? 1 : alpha);
  },
  Add: () => binary("add"),
  Sub: () => binary("sub"),
  Mul: () => binary("mul"),
  GlobalAveragePool: () => layerOp(() => new GlobalAvgPool2d(), (x) => [x[0], x[1], 1, 1]),
  ReduceMean: (node) => {
    const axes = ints2(node, "axes", []);
    if (!(axes.length === 2 && axes.includes(2) && axes.includes(3)) && !(axes.length === 2 && axes.includes(-1) && axes.includes(-2))) {
      throw new Error(`ReduceMean ${node.name}: only the mean over height and width is supported`);
    }
    const keep = num(node, "keepdims", 1) === 1;
    return layerOp(() => new GlobalAvgPool2d(), (x) => keep ? [x[0], x[1], 1, 1] : [x[0], x[1]]);
  },
  Flatten: (node) => reshapeOp((x) => {
    const axis = num(node, "axis", 1);
    return [size(x.dims.slice(0, axis)), size(x.dims.slice(axis))];
  }),
  Reshape: (node) => reshapeOp((x, inputs) => reshapeTarget(x, [...need(inputs[1], "shape").data], num(node, "allowzero", 0) === 1)),
  Squeeze: (node) => reshapeOp((x, inputs) => {
    const axes = inputs[1] ? [...inputs[1].data] : ints2(node, "axes", []);
    const drop = new Set(axes.map((a) => a < 0 ? a + x.dims.length : a));
    return x.dims.filter((d, i) => drop.size ? !drop.has(i) : d !== 1);
  }),
  Identity: () => reshapeOp((x) => x.dims),
  Dropout: () => reshapeOp((x) => x.dims),
  Gemm: (node) => {
    if (num(node, "transA", 0) !== 0) throw new Error(`Gemm ${node.name}: a transposed A is not supported`);
    return matmul((v) => v.data, num(node, "transB", 0) === 1, num(node, "alpha", 1), num(node, "beta", 1));
  },
  MatMul: () => matmul((v) => v.data, false),
  Softmax: () => softmaxOp(),
  QuantizeLinear: (node, index) => quantizedOutput(reshapeOp((x) => x.dims), () => q(index, node, 1, 2)),
  DequantizeLinear: (node, index) => ({
    forward(inputs) {
      const x = need(inputs[0], "x");
      if (!x.raw) return [{ dims: x.dims, data: x.data }];
      const weights = perAxisOf(index, node, 1, 2, num(node, "axis", 1));
      return [{ dims: x.dims, data: realValues(x, weights.scales.length === 1 ? q(index, node, 1, 2) : null, weights) }];
    },
    backward: ([d]) => [d, null, null]
  }),
  QLinearAdd: (node, index) => quantizedOutput(binary("add", (v) => realValues(v, q(index, node, 1, 2)), (v) => realValues(v, q(index, node, 4, 5))), () => q(index, node, 6, 7)),
  QLinearMul: (node, index) => quantizedOutput(binary("mul", (v) => realValues(v, q(index, node, 1, 2)), (v) => realValues(v, q(index, node, 4, 5))), () => q(index, node, 6, 7)),
  QLinearGlobalAveragePool: (node, index) => {
    if (num(node, "channels_last", 0) !== 0) throw new Error(`QLinearGlobalAveragePool ${node.name}: channels-last is not supported`);
    return quantizedOutput(layerOp(() => new GlobalAvgPool2d(), (x) => [x[0], x[1], 1, 1]), () => q(index, node, 3, 4));
  },
  QLinearMatMul: (node, index) => {
    const op = matmul((v) => realValues(v, null, perAxisOf(index, node, 4, 5, 1)), false);
    const inner = quantizedOutput(
      {
        forward: (inputs) => op.forward([inputs[0] && { ...inputs[0], data: realValues(inputs[0], q(index, node, 1, 2)) }, inputs[3]]),
        backward: (d) => {
          const [da] = op.backward(d);
          return [da, null, null, null, null, null, null, null];
        }
      },
      () => q(index, node, 6, 7)
    );
    return inner;
  },
  Shape: () => shapeOp((inputs) => {
    const x = need(inputs[0], "data");
    return { dims: [x.dims.length], data: Float32Array.from(x.dims) };
  }),
  Gather: (node) => shapeOp((inputs) => {
    const data2 = need(inputs[0], "data");
    const indices = need(inputs[1], "indices");
    if (data2.dims.length !== 1 || num(node, "axis", 0) !== 0) throw new Error(`Gather ${node.name}: only 1-D shape lookups are supported`);
    const picked = indices.data.map((i) => data2.data[i < 0 ? i + data2.data.length : i]);
    return { dims: indices.dims, data: picked };
  }),
  Unsqueeze: (node) => shapeOp((inputs) => {
    const x = need(inputs[0], "data");
    const axes = inputs[1] ? [...inputs[1].data] : ints2(node, "axes", []);
    const dims = [...x.dims];
    for (const a of [...axes].sort((p, r2) => p - r2)) dims.splice(a < 0 ? a + dims.length + axes.length : a, 0, 1);
    return { dims, data: x.data, raw: x.raw };
  }),
  Concat: (node) => shapeOp((inputs) => {
    const parts = inputs.filter((v) => v !== null);
    if (parts.some((p) => p.dims.length !== 1) || num(node, "axis", 0) !== 0) throw new Error(`Concat ${node.name}: only 1-D shape lists are supported`);
    const data2 = new Float32Array(parts.reduce((n, p) => n + p.data.length, 0));
    let at = 0;
    for (const p of parts) {
      data2.set(p.data, at);
      at += p.data.length;
    }
    return { dims: [data2.length], data: data2 };
  }),
  Cast: () => shapeOp((inputs) => need(inputs[0], "input")),
  Constant: () => shapeOp(() => {
    throw new Error("a Constant node is read as a constant, never run");
  })
};
var SHAPE_OPS = /* @__PURE__ */ new Set(["Shape", "Gather", "Unsqueeze", "Concat", "Cast", "Constant"]);

// native-models/cam/tail-graph.ts
var ALIAS_OPS = /* @__PURE__ */ new Set(["DequantizeLinear", "Identity"]);
function isGradientEdge(node, slot) {
  if (SHAPE_OPS.has(node.opType ?? "")) return false;
  if (["Reshape", "Squeeze", "Unsqueeze", "Expand", "Tile", "Clip"].includes(node.opType ?? "") && slot >= 1) return false;
  return true;
}
function findTail(index, starts, output2) {
  const fromLayer = new Set(starts);
  const fromConstants = /* @__PURE__ */ new Set();
  const inTail = /* @__PURE__ */ new Set();
  for (const node of index.nodes) {
    const inputs = (node.input ?? []).filter((i) => i !== "");
    if (node.opType === "Constant") continue;
    if (inputs.some((i) => fromLayer.has(i))) {
      inTail.add(node);
      for (const o of node.output ?? []) fromLayer.add(o);
    } else if (inputs.length > 0 && inputs.every((i) => index.isConstant(i) || fromConstants.has(i))) {
      inTail.add(node);
      for (const o of node.output ?? []) fromConstants.add(o);
    }
  }
  if (!fromLayer.has(output2)) return null;
  const needed = /* @__PURE__ */ new Set([output2]);
  const nodes = [];
  for (const node of [...index.nodes].reverse()) {
    if (!inTail.has(node) || !(node.output ?? []).some((o) => needed.has(o))) continue;
    nodes.unshift(node);
    for (const i of node.input ?? []) if (i) needed.add(i);
  }
  const produced = new Set(nodes.flatMap((n) => n.output ?? []));
  const externals = /* @__PURE__ */ new Set();
  for (const node of nodes) {
    if (!TAIL_OPS[node.opType ?? ""]) return { unsupported: { op: node.opType ?? "?", node: node.name || (node.output?.[0] ?? "?") } };
    for (const i of node.input ?? []) {
      if (i && !produced.has(i) && !starts.includes(i) && !index.isConstant(i)) externals.add(i);
    }
  }
  return { starts, nodes, externals: [...externals], output: output2 };
}
function gradientPath(tail) {
  const reached = new Set(tail.starts);
  const forward = /* @__PURE__ */ new Set();
  for (const node of tail.nodes) {
    if ((node.input ?? []).some((i, slot) => reached.has(i) && isGradientEdge(node, slot))) {
      forward.add(node);
      for (const o of node.output ?? []) reached.add(o);
    }
  }
  const leads = /* @__PURE__ */ new Set([tail.output]);
  const path = [];
  for (const node of [...tail.nodes].reverse()) {
    if (!forward.has(node) || !(node.output ?? []).some((o) => leads.has(o))) continue;
    path.unshift(node);
    (node.input ?? []).forEach((i, slot) => {
      if (isGradientEdge(node, slot)) leads.add(i);
    });
  }
  return path;
}

// native-models/cam/linear-head.ts
var POOLS = /* @__PURE__ */ new Set(["GlobalAveragePool", "QLinearGlobalAveragePool", "ReduceMean"]);
var VIEWS = /* @__PURE__ */ new Set(["Flatten", "Reshape", "Squeeze", "QuantizeLinear", ...ALIAS_OPS]);
var LINEARS = /* @__PURE__ */ new Set(["Gemm", "MatMul", "QLinearMatMul", "Conv"]);
var AFTER = /* @__PURE__ */ new Set(["Add", "QLinearAdd", "Flatten", "Reshape", "Squeeze", "QuantizeLinear", ...ALIAS_OPS]);
function findLinearHead(index, tail) {
  const path = gradientPath(tail);
  let stage = "before-pool";
  let linear = null;
  for (const node of path) {
    const op = node.opType ?? "";
    if (stage === "before-pool") {
      if (POOLS.has(op)) stage = "before-linear";
      else if (!ALIAS_OPS.has(op) && op !== "QuantizeLinear") return null;
    } else if (stage === "before-linear") {
      if (LINEARS.has(op)) {
        linear = node;
        stage = "after";
      } else if (!VIEWS.has(op)) return null;
    } else if (!AFTER.has(op)) return null;
  }
  if (!linear) return null;
  return headWeights(index, linear);
}
function headWeights(index, node) {
  const input2 = (at) => node.input?.[at] ?? "";
  const op = node.opType;
  if (op === "Gemm" || op === "MatMul") {
    const b = index.constant(input2(1));
    if (!b || b.dims.length !== 2 || op === "Gemm" && attribute2(node, "transA") === 1) return null;
    const transB = op === "Gemm" && attribute2(node, "transB") === 1;
    const alpha = op === "Gemm" ? attribute2(node, "alpha") ?? 1 : 1;
    return oriented(b.values, b.dims, transB, alpha);
  }
  if (op === "QLinearMatMul") {
    const b = index.constant(input2(3));
    if (!b || b.dims.length !== 2) return null;
    const scales = index.constant(input2(4))?.values ?? new Float32Array([1]);
    const zeros = index.constant(input2(5))?.values ?? null;
    const single = scales.length === 1 ? paramsOf(index, node, 4, 5) : null;
    const real = realValues({ dims: b.dims, data: b.values, raw: true }, single, { scales, zeros, axis: 1 });
    return oriented(real, b.dims, false, 1);
  }
  const w2 = index.constant(input2(1));
  if (!w2 || w2.dims.length !== 4 || w2.dims[2] !== 1 || w2.dims[3] !== 1 || (attribute2(node, "group") ?? 1) !== 1) return null;
  return { weights: w2.values, classes: w2.dims[0], channels: w2.dims[1] };
}
function oriented(values, dims, transB, alpha) {
  const [rows, cols] = dims;
  const [classes2, channels] = transB ? [rows, cols] : [cols, rows];
  const weights = new Float32Array(classes2 * channels);
  for (let k = 0; k < classes2; k++) {
    for (let c = 0; c < channels; c++) weights[k * channels + c] = alpha * (transB ? values[k * cols + c] : values[c * cols + k]);
  }
  return { weights, classes: classes2, channels };
}

// native-models/cam/cam-layers.ts
function canonicalLayer(index, name) {
  for (let hops = 0; hops < 4; hops++) {
    const node = index.producer(name);
    const input2 = node?.input?.[0];
    if (!node || !ALIAS_OPS.has(node.opType ?? "") || !input2 || index.isConstant(input2)) return name;
    name = input2;
  }
  return name;
}
function blockOf(name) {
  const parts = name.split("/").filter((p) => p !== "");
  if (parts.length < 3) return null;
  return parts[1].startsWith(`${parts[0]}.`) ? parts[1] : parts[0];
}
function gradientAt(index, layer, output2) {
  const tail = findTail(index, [layer], output2);
  if (!tail) return { gradient: null, unsupported: null };
  if ("unsupported" in tail) return { gradient: null, unsupported: tail.unsupported };
  return { gradient: findLinearHead(index, tail) ? "linear-head" : "tail", unsupported: null };
}
function listCamLayers(bytes2, index, output2) {
  const { shapes } = inferShapes(parseOnnx(bytes2));
  const layers = [];
  const seen = /* @__PURE__ */ new Set();
  for (const node of index.nodes) {
    const op = node.opType ?? "";
    if (op === "Constant" || ALIAS_OPS.has(op)) continue;
    if ((node.input ?? []).every((i) => !i || index.isConstant(i))) continue;
    for (const name of node.output ?? []) {
      const dims = shapes.get(name);
      if (!dims || dims.length !== 4 || dims[0] !== 1 || dims[2] * dims[3] <= 1 || seen.has(name)) continue;
      seen.add(name);
      const quantized = op.startsWith("QLinear") || op === "QuantizeLinear" ? quantizationOf(index, name) !== null : false;
      if ((op.startsWith("QLinear") || op === "QuantizeLinear") && !quantized) continue;
      const { gradient, unsupported } = gradientAt(index, name, output2);
      if (gradient === null && unsupported === null) continue;
      layers.push({
        name,
        op,
        channels: dims[1],
        height: dims[2],
        width: dims[3],
        quantized,
        block: blockOf(name) ?? blockOf(node.name ?? "") ?? `${dims[2]}\xD7${dims[3]}`,
        gradient,
        unsupported: unsupported ? `${unsupported.op} (${unsupported.node})` : null
      });
    }
  }
  return layers.map((layer, i) => ({ ...layer, blockEnd: layers[i + 1]?.block !== layer.block }));
}

// native-models/cam/tail-executor.ts
var TailRun = class {
  /** Runs the forward pass; `given` holds the starts and the externals. */
  constructor(index, tail, given) {
    this.index = index;
    this.tail = tail;
    for (const [name, value] of given) this.values.set(name, value);
    for (const node of tail.nodes) {
      const op = TAIL_OPS[node.opType ?? ""](node, index);
      const inputs = (node.input ?? []).map((name) => name ? this.value(name) : null);
      let outputs;
      try {
        outputs = op.forward(inputs);
      } catch (error) {
        throw new Error(`${node.opType} ${node.name || node.output?.[0]}: ${error.message}`);
      }
      (node.output ?? []).forEach((name, i) => {
        if (outputs[i]) this.values.set(name, outputs[i]);
      });
      this.ops.push(op);
    }
  }
  index;
  tail;
  values = /* @__PURE__ */ new Map();
  ops = [];
  /** The scores the tail computed (compare with ONNX Runtime's to check the tail ran right). */
  get scores() {
    return this.value(this.tail.output);
  }
  /** d score[classIndex] / d each of `at` (tensors of the tail: its starts or inner ones). */
  gradients(classIndex, at) {
    const adjoints = /* @__PURE__ */ new Map();
    const seed = new Float32Array(this.scores.data.length);
    seed[classIndex] = 1;
    adjoints.set(this.tail.output, seed);
    for (let n = this.tail.nodes.length - 1; n >= 0; n--) {
      const node = this.tail.nodes[n];
      const dOutputs = (node.output ?? []).map((o) => adjoints.get(o) ?? null);
      if (dOutputs.every((d) => d === null)) continue;
      const dInputs = this.ops[n].backward(dOutputs);
      (node.input ?? []).forEach((name, slot) => {
        const d = dInputs[slot];
        if (!name || !d || this.index.isConstant(name)) return;
        const sum = adjoints.get(name);
        if (!sum) adjoints.set(name, d.slice());
        else for (let i = 0; i < sum.length; i++) sum[i] += d[i];
      });
    }
    return new Map(at.map((name) => [name, adjoints.get(name) ?? new Float32Array(this.value(name).data.length)]));
  }
  value(name) {
    const known = this.values.get(name);
    if (known) return known;
    const constant = this.index.constant(name);
    if (!constant) throw new Error(`the tail has no value for ${name}`);
    const value = { dims: constant.dims, data: constant.values, raw: this.index.constantType(name) !== 1 };
    this.values.set(name, value);
    return value;
  }
};

// native-models/cam/explain-onnx.ts
var CamError = class extends Error {
  constructor(code, params) {
    super(`${code}: ${JSON.stringify(params)}`);
    this.code = code;
    this.params = params;
  }
  code;
  params;
  name = "CamError";
};
var OnnxCamModel = class _OnnxCamModel {
  constructor(index, scoresOutput, bytes2) {
    this.index = index;
    this.scoresOutput = scoresOutput;
    this.layers = listCamLayers(bytes2, index, scoresOutput);
    this.byName = new Map(this.layers.map((l) => [l.name, l]));
  }
  index;
  scoresOutput;
  layers;
  byName;
  static fromBytes(bytes2, scoresOutput) {
    return new _OnnxCamModel(GraphIndex.decode(bytes2), scoresOutput, bytes2);
  }
  /** The last layer Grad-CAM can use (the last convolutional activation), or the last one at all. */
  get defaultLayer() {
    return [...this.layers].reverse().find((l) => l.gradient !== null)?.name ?? this.layers.at(-1)?.name ?? null;
  }
  /** One activation per block (stage), in order: lesson 8's grid. */
  blockEnds() {
    return this.layers.filter((l) => l.blockEnd).map((l) => l.name);
  }
  /** The listed layer a name refers to (itself, or the 8-bit tensor behind a dequantized twin). */
  layer(name) {
    return this.byName.get(name) ?? this.byName.get(canonicalLayer(this.index, name)) ?? null;
  }
  /** The model's bytes with `tensors` added to its outputs. */
  exposedBytes(tensors) {
    const graph = this.index.graph;
    graph.output ??= [];
    const before = graph.output.length;
    for (const name of tensors) {
      if (graph.output.some((o) => o.name === name)) continue;
      const q2 = quantizationOf(this.index, name);
      const elemType = q2 ? q2.min < 0 ? import_onnx_proto6.onnx.TensorProto.DataType.INT8 : import_onnx_proto6.onnx.TensorProto.DataType.UINT8 : import_onnx_proto6.onnx.TensorProto.DataType.FLOAT;
      graph.output.push(import_onnx_proto6.onnx.ValueInfoProto.create({ name, type: { tensorType: { elemType } } }));
    }
    try {
      return import_onnx_proto6.onnx.ModelProto.encode(this.index.model).finish();
    } finally {
      graph.output.length = before;
    }
  }
  /** A computed tensor as real numbers (8-bit ones dequantized with the graph's scale and zero point). */
  realValue(name, raw) {
    const q2 = quantizationOf(this.index, name);
    const data2 = raw.data instanceof Float32Array && !q2 ? raw.data : q2 ? dequantize(raw.data, q2) : Float32Array.from(raw.data);
    return { dims: raw.dims, data: data2 };
  }
};
async function explainOnnx(model2, runner2, input2, options) {
  const { method } = options;
  const requested = options.layers ?? (model2.defaultLayer ? [model2.defaultLayer] : []);
  const layers = requested.map((name) => {
    const layer = model2.layer(name);
    if (!layer) throw new CamError("cam-layer-unknown", { layer: name, model: model2.index.graph.name || "ONNX" });
    return layer;
  });
  const order = new Map(model2.layers.map((l, i) => [l.name, i]));
  layers.sort((a, b) => order.get(a.name) - order.get(b.name));
  const heads = /* @__PURE__ */ new Map();
  const groups = [];
  if (method === "grad-cam") {
    for (const layer of layers) {
      const tail = findTail(model2.index, [layer.name], model2.scoresOutput);
      if (!tail || "unsupported" in tail) {
        const why = tail && "unsupported" in tail ? tail.unsupported : { op: "?", node: "?" };
        throw new CamError("cam-gradient-unsupported", { layer: layer.name, op: why.op, node: why.node });
      }
      const head2 = findLinearHead(model2.index, tail);
      if (head2) {
        heads.set(layer.name, head2);
        continue;
      }
      const within = groups.find((g) => g.tail.nodes.some((n) => n.output?.includes(layer.name)));
      if (within) within.layers.push(layer.name);
      else groups.push({ tail, layers: [layer.name] });
    }
  }
  const exposed = [.../* @__PURE__ */ new Set([model2.scoresOutput, ...layers.map((l) => l.name), ...groups.flatMap((g) => g.tail.externals)])];
  const run = await runner2.run(exposed, input2);
  const started = performance.now();
  const rawScores = run.outputs.get(model2.scoresOutput);
  if (!rawScores) throw new Error(`the session gave no ${model2.scoresOutput}`);
  const scores = model2.realValue(model2.scoresOutput, rawScores).data;
  const classes2 = scores.length;
  const classIndices = options.classIndices ?? topTwo(scores);
  for (const k of classIndices) {
    if (!Number.isInteger(k) || k < 0 || k >= classes2) throw new CamError("cam-class-out-of-range", { classIndex: k, classes: classes2 });
  }
  const activations = /* @__PURE__ */ new Map();
  for (const name of exposed) {
    const raw = run.outputs.get(name);
    if (!raw) throw new Error(`the session gave no ${name}`);
    activations.set(name, model2.realValue(name, raw));
  }
  const gradients = /* @__PURE__ */ new Map();
  for (const group of groups) {
    const given = /* @__PURE__ */ new Map();
    for (const name of [group.tail.starts[0], ...group.tail.externals]) given.set(name, activations.get(name));
    const tailRun = new TailRun(model2.index, group.tail, given);
    for (const k of classIndices) {
      for (const [layer, g] of tailRun.gradients(k, group.layers)) gradients.set(`${layer}#${k}`, g);
    }
  }
  const maps = [];
  for (const layer of layers) {
    const a = activations.get(layer.name);
    const [, channels, height, width] = a.dims;
    const pixels = height * width;
    const eigen = method === "eigen-cam" ? eigenCam(a.data, channels, pixels) : null;
    for (const k of classIndices) {
      let weights;
      let gradient = null;
      if (eigen) {
        weights = eigen.weights;
      } else if (heads.has(layer.name)) {
        const head2 = heads.get(layer.name);
        if (head2.channels !== channels) throw new Error(`the head reads ${head2.channels} features, the layer has ${channels} channels`);
        weights = head2.weights.slice(k * channels, (k + 1) * channels).map((w2) => w2 / pixels);
        gradient = "linear-head";
      } else {
        weights = gradCamWeights(gradients.get(`${layer.name}#${k}`), channels, pixels);
        gradient = "tail";
      }
      const cam = eigen ? eigen.cam : weightedChannelSum(a.data, weights, pixels);
      maps.push({ layer: layer.name, method, classIndex: k, score: scores[k], gradient, channels, height, width, cam, weights });
    }
  }
  return { scores, maps, ms: { inference: run.ms, explain: performance.now() - started } };
}
function topTwo(scores) {
  const order = [...scores.keys()].sort((a, b) => scores[b] - scores[a]);
  return order.slice(0, Math.min(2, order.length));
}

// native-models/runtime/provider-order.ts
function shortReason(message) {
  const line = message.split("\n").find((l) => l.trim() !== "") ?? message;
  const cleaned = line.replace(/^\/?[\w./-]*onnxruntime[\w./-]*:\d+\s+/, "").replace(/^.*<lambda\(\)>\s*/, "").replace(/adapter_result\.status == wgpu::RequestAdapterStatus::Success was false\.\s*/, "").trim();
  return (cleaned || line).slice(0, 300);
}

// native-models/runtime/session-with-fallback.ts
async function openSession(ort2, model2, order) {
  const attempts = [];
  for (const provider of order) {
    const started = performance.now();
    try {
      const options = { executionProviders: [provider], logSeverityLevel: 3, graphOptimizationLevel: "all" };
      const session = typeof model2 === "string" ? await ort2.InferenceSession.create(model2, options) : await ort2.InferenceSession.create(model2, options);
      attempts.push({ provider, ok: true, reason: null, ms: performance.now() - started });
      return { session, provider, attempts };
    } catch (error) {
      attempts.push({ provider, ok: false, reason: shortReason(error.message), ms: performance.now() - started });
    }
  }
  return { attempts };
}

// native-models/cam/ort-cam-runner.ts
function ortCamRunner(ort2, model2, order) {
  let open = null;
  const runner2 = {
    provider: null,
    async run(exposed, input2) {
      const key = [...exposed].sort().join("\n");
      if (open?.key !== key) {
        await open?.session.release();
        open = null;
        const opened = await openSession(ort2, model2.exposedBytes(exposed), order);
        if (!("session" in opened)) throw new Error(`no execution provider could open the model: ${opened.attempts.map((a) => `${a.provider}: ${a.reason}`).join("; ")}`);
        open = { key, session: opened.session };
        runner2.provider = opened.provider;
      }
      const feeds = { [input2.name]: new ort2.Tensor("float32", input2.data, input2.dims) };
      const started = performance.now();
      const results = await open.session.run(feeds, exposed);
      const ms = performance.now() - started;
      const outputs = /* @__PURE__ */ new Map();
      for (const name of exposed) {
        const t2 = results[name];
        if (t2.type !== "float32" && t2.type !== "uint8" && t2.type !== "int8") throw new Error(`the tensor ${name} is ${t2.type}`);
        outputs.set(name, { data: t2.data, dims: t2.dims.map(Number) });
      }
      return { outputs, ms };
    },
    async release() {
      await open?.session.release();
      open = null;
    }
  };
  return runner2;
}

// scratch8/cam.ts
var bytes = new Uint8Array(readFileSync("/work/wt/shared/models/mobilenetv2-12-int8.onnx"));
var dim = 1280;
var classes = 12;
var w = Float32Array.from({ length: dim * classes }, () => Math.random() - 0.5);
var head = { weight: w, bias: new Float32Array(classes), mean: new Float32Array(dim).fill(0.1), std: new Float32Array(dim).fill(2), classes };
var file = classifierWithHead(bytes, head, {}, { foldStandardization: true });
var model = OnnxCamModel.fromBytes(file, "logits");
console.log(model.layers.length, model.blockEnds());
for (const l of model.layers.filter((l2) => l2.blockEnd)) console.log(l.name, l.op, l.channels, l.height, l.gradient, l.unsupported, l.block);
var runner = ortCamRunner(ort, model, ["cpu"]);
var data = Float32Array.from({ length: 3 * 224 * 224 }, () => Math.random());
var t = performance.now();
var r = await explainOnnx(model, runner, { name: "input", data, dims: [1, 3, 224, 224] }, { method: "grad-cam", layers: model.blockEnds() });
console.log("grad-cam ms", performance.now() - t, r.ms, r.maps.map((m) => `${m.layer}:${m.gradient}:${m.height}`));
t = performance.now();
var e = await explainOnnx(model, runner, { name: "input", data, dims: [1, 3, 224, 224] }, { method: "eigen-cam", layers: model.blockEnds() });
console.log("eigen ms", performance.now() - t);
await runner.release();
