package math

const (
	Pi      = 3.14159265358979323846264338327950288419716939937510582097494459
	E       = 2.71828182845904523536028747135266249775724709369995957496696763
	MaxInt    = 1<<(64-1) - 1
	MinInt    = -1 << (64 - 1)
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint   = 1<<64 - 1
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
	MaxFloat64 = 0x1p1023 * (1 + (1 - 0x1p-52))
	SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52
)

func Sqrt(x float64) float64          { return x }
func Floor(x float64) float64         { return x }
func Ceil(x float64) float64          { return x }
func Abs(x float64) float64           { return x }
func Pow(x, y float64) float64        { return x }
func Log(x float64) float64           { return x }
func Log2(x float64) float64          { return x }
func Log10(x float64) float64         { return x }
func Exp(x float64) float64           { return x }
func Inf(sign int) float64            { return 0 }
func IsInf(f float64, sign int) bool  { return false }
func IsNaN(f float64) bool            { return false }
func NaN() float64                    { return 0 }
func Max(x, y float64) float64        { return x }
func Min(x, y float64) float64        { return x }
func Mod(x, y float64) float64        { return x }
func Round(x float64) float64         { return x }
func Trunc(x float64) float64         { return x }
func Sin(x float64) float64           { return x }
func Cos(x float64) float64           { return x }
func Atan2(y, x float64) float64      { return x }
func Hypot(p, q float64) float64      { return p }
func Float64bits(f float64) uint64    { return 0 }
func Float64frombits(b uint64) float64 { return 0 }
