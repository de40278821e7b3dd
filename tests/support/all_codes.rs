// Generated: one variant for each of the 240 codes RFC 5321 allows.
smtp_status::smtp_codes! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum AllCodes {
        /// Reply code 200.
        C200 = 200,
        /// Reply code 201.
        C201 = 201,
        /// Reply code 202.
        C202 = 202,
        /// Reply code 203.
        C203 = 203,
        /// Reply code 204.
        C204 = 204,
        /// Reply code 205.
        C205 = 205,
        /// Reply code 206.
        C206 = 206,
        /// Reply code 207.
        C207 = 207,
        /// Reply code 208.
        C208 = 208,
        /// Reply code 209.
        C209 = 209,
        /// Reply code 210.
        C210 = 210,
        /// Reply code 211.
        C211 = 211,
        /// Reply code 212.
        C212 = 212,
        /// Reply code 213.
        C213 = 213,
        /// Reply code 214.
        C214 = 214,
        /// Reply code 215.
        C215 = 215,
        /// Reply code 216.
        C216 = 216,
        /// Reply code 217.
        C217 = 217,
        /// Reply code 218.
        C218 = 218,
        /// Reply code 219.
        C219 = 219,
        /// Reply code 220.
        C220 = 220,
        /// Reply code 221.
        C221 = 221,
        /// Reply code 222.
        C222 = 222,
        /// Reply code 223.
        C223 = 223,
        /// Reply code 224.
        C224 = 224,
        /// Reply code 225.
        C225 = 225,
        /// Reply code 226.
        C226 = 226,
        /// Reply code 227.
        C227 = 227,
        /// Reply code 228.
        C228 = 228,
        /// Reply code 229.
        C229 = 229,
        /// Reply code 230.
        C230 = 230,
        /// Reply code 231.
        C231 = 231,
        /// Reply code 232.
        C232 = 232,
        /// Reply code 233.
        C233 = 233,
        /// Reply code 234.
        C234 = 234,
        /// Reply code 235.
        C235 = 235,
        /// Reply code 236.
        C236 = 236,
        /// Reply code 237.
        C237 = 237,
        /// Reply code 238.
        C238 = 238,
        /// Reply code 239.
        C239 = 239,
        /// Reply code 240.
        C240 = 240,
        /// Reply code 241.
        C241 = 241,
        /// Reply code 242.
        C242 = 242,
        /// Reply code 243.
        C243 = 243,
        /// Reply code 244.
        C244 = 244,
        /// Reply code 245.
        C245 = 245,
        /// Reply code 246.
        C246 = 246,
        /// Reply code 247.
        C247 = 247,
        /// Reply code 248.
        C248 = 248,
        /// Reply code 249.
        C249 = 249,
        /// Reply code 250.
        C250 = 250,
        /// Reply code 251.
        C251 = 251,
        /// Reply code 252.
        C252 = 252,
        /// Reply code 253.
        C253 = 253,
        /// Reply code 254.
        C254 = 254,
        /// Reply code 255.
        C255 = 255,
        /// Reply code 256.
        C256 = 256,
        /// Reply code 257.
        C257 = 257,
        /// Reply code 258.
        C258 = 258,
        /// Reply code 259.
        C259 = 259,
        /// Reply code 300.
        C300 = 300,
        /// Reply code 301.
        C301 = 301,
        /// Reply code 302.
        C302 = 302,
        /// Reply code 303.
        C303 = 303,
        /// Reply code 304.
        C304 = 304,
        /// Reply code 305.
        C305 = 305,
        /// Reply code 306.
        C306 = 306,
        /// Reply code 307.
        C307 = 307,
        /// Reply code 308.
        C308 = 308,
        /// Reply code 309.
        C309 = 309,
        /// Reply code 310.
        C310 = 310,
        /// Reply code 311.
        C311 = 311,
        /// Reply code 312.
        C312 = 312,
        /// Reply code 313.
        C313 = 313,
        /// Reply code 314.
        C314 = 314,
        /// Reply code 315.
        C315 = 315,
        /// Reply code 316.
        C316 = 316,
        /// Reply code 317.
        C317 = 317,
        /// Reply code 318.
        C318 = 318,
        /// Reply code 319.
        C319 = 319,
        /// Reply code 320.
        C320 = 320,
        /// Reply code 321.
        C321 = 321,
        /// Reply code 322.
        C322 = 322,
        /// Reply code 323.
        C323 = 323,
        /// Reply code 324.
        C324 = 324,
        /// Reply code 325.
        C325 = 325,
        /// Reply code 326.
        C326 = 326,
        /// Reply code 327.
        C327 = 327,
        /// Reply code 328.
        C328 = 328,
        /// Reply code 329.
        C329 = 329,
        /// Reply code 330.
        C330 = 330,
        /// Reply code 331.
        C331 = 331,
        /// Reply code 332.
        C332 = 332,
        /// Reply code 333.
        C333 = 333,
        /// Reply code 334.
        C334 = 334,
        /// Reply code 335.
        C335 = 335,
        /// Reply code 336.
        C336 = 336,
        /// Reply code 337.
        C337 = 337,
        /// Reply code 338.
        C338 = 338,
        /// Reply code 339.
        C339 = 339,
        /// Reply code 340.
        C340 = 340,
        /// Reply code 341.
        C341 = 341,
        /// Reply code 342.
        C342 = 342,
        /// Reply code 343.
        C343 = 343,
        /// Reply code 344.
        C344 = 344,
        /// Reply code 345.
        C345 = 345,
        /// Reply code 346.
        C346 = 346,
        /// Reply code 347.
        C347 = 347,
        /// Reply code 348.
        C348 = 348,
        /// Reply code 349.
        C349 = 349,
        /// Reply code 350.
        C350 = 350,
        /// Reply code 351.
        C351 = 351,
        /// Reply code 352.
        C352 = 352,
        /// Reply code 353.
        C353 = 353,
        /// Reply code 354.
        C354 = 354,
        /// Reply code 355.
        C355 = 355,
        /// Reply code 356.
        C356 = 356,
        /// Reply code 357.
        C357 = 357,
        /// Reply code 358.
        C358 = 358,
        /// Reply code 359.
        C359 = 359,
        /// Reply code 400.
        C400 = 400,
        /// Reply code 401.
        C401 = 401,
        /// Reply code 402.
        C402 = 402,
        /// Reply code 403.
        C403 = 403,
        /// Reply code 404.
        C404 = 404,
        /// Reply code 405.
        C405 = 405,
        /// Reply code 406.
        C406 = 406,
        /// Reply code 407.
        C407 = 407,
        /// Reply code 408.
        C408 = 408,
        /// Reply code 409.
        C409 = 409,
        /// Reply code 410.
        C410 = 410,
        /// Reply code 411.
        C411 = 411,
        /// Reply code 412.
        C412 = 412,
        /// Reply code 413.
        C413 = 413,
        /// Reply code 414.
        C414 = 414,
        /// Reply code 415.
        C415 = 415,
        /// Reply code 416.
        C416 = 416,
        /// Reply code 417.
        C417 = 417,
        /// Reply code 418.
        C418 = 418,
        /// Reply code 419.
        C419 = 419,
        /// Reply code 420.
        C420 = 420,
        /// Reply code 421.
        C421 = 421,
        /// Reply code 422.
        C422 = 422,
        /// Reply code 423.
        C423 = 423,
        /// Reply code 424.
        C424 = 424,
        /// Reply code 425.
        C425 = 425,
        /// Reply code 426.
        C426 = 426,
        /// Reply code 427.
        C427 = 427,
        /// Reply code 428.
        C428 = 428,
        /// Reply code 429.
        C429 = 429,
        /// Reply code 430.
        C430 = 430,
        /// Reply code 431.
        C431 = 431,
        /// Reply code 432.
        C432 = 432,
        /// Reply code 433.
        C433 = 433,
        /// Reply code 434.
        C434 = 434,
        /// Reply code 435.
        C435 = 435,
        /// Reply code 436.
        C436 = 436,
        /// Reply code 437.
        C437 = 437,
        /// Reply code 438.
        C438 = 438,
        /// Reply code 439.
        C439 = 439,
        /// Reply code 440.
        C440 = 440,
        /// Reply code 441.
        C441 = 441,
        /// Reply code 442.
        C442 = 442,
        /// Reply code 443.
        C443 = 443,
        /// Reply code 444.
        C444 = 444,
        /// Reply code 445.
        C445 = 445,
        /// Reply code 446.
        C446 = 446,
        /// Reply code 447.
        C447 = 447,
        /// Reply code 448.
        C448 = 448,
        /// Reply code 449.
        C449 = 449,
        /// Reply code 450.
        C450 = 450,
        /// Reply code 451.
        C451 = 451,
        /// Reply code 452.
        C452 = 452,
        /// Reply code 453.
        C453 = 453,
        /// Reply code 454.
        C454 = 454,
        /// Reply code 455.
        C455 = 455,
        /// Reply code 456.
        C456 = 456,
        /// Reply code 457.
        C457 = 457,
        /// Reply code 458.
        C458 = 458,
        /// Reply code 459.
        C459 = 459,
        /// Reply code 500.
        C500 = 500,
        /// Reply code 501.
        C501 = 501,
        /// Reply code 502.
        C502 = 502,
        /// Reply code 503.
        C503 = 503,
        /// Reply code 504.
        C504 = 504,
        /// Reply code 505.
        C505 = 505,
        /// Reply code 506.
        C506 = 506,
        /// Reply code 507.
        C507 = 507,
        /// Reply code 508.
        C508 = 508,
        /// Reply code 509.
        C509 = 509,
        /// Reply code 510.
        C510 = 510,
        /// Reply code 511.
        C511 = 511,
        /// Reply code 512.
        C512 = 512,
        /// Reply code 513.
        C513 = 513,
        /// Reply code 514.
        C514 = 514,
        /// Reply code 515.
        C515 = 515,
        /// Reply code 516.
        C516 = 516,
        /// Reply code 517.
        C517 = 517,
        /// Reply code 518.
        C518 = 518,
        /// Reply code 519.
        C519 = 519,
        /// Reply code 520.
        C520 = 520,
        /// Reply code 521.
        C521 = 521,
        /// Reply code 522.
        C522 = 522,
        /// Reply code 523.
        C523 = 523,
        /// Reply code 524.
        C524 = 524,
        /// Reply code 525.
        C525 = 525,
        /// Reply code 526.
        C526 = 526,
        /// Reply code 527.
        C527 = 527,
        /// Reply code 528.
        C528 = 528,
        /// Reply code 529.
        C529 = 529,
        /// Reply code 530.
        C530 = 530,
        /// Reply code 531.
        C531 = 531,
        /// Reply code 532.
        C532 = 532,
        /// Reply code 533.
        C533 = 533,
        /// Reply code 534.
        C534 = 534,
        /// Reply code 535.
        C535 = 535,
        /// Reply code 536.
        C536 = 536,
        /// Reply code 537.
        C537 = 537,
        /// Reply code 538.
        C538 = 538,
        /// Reply code 539.
        C539 = 539,
        /// Reply code 540.
        C540 = 540,
        /// Reply code 541.
        C541 = 541,
        /// Reply code 542.
        C542 = 542,
        /// Reply code 543.
        C543 = 543,
        /// Reply code 544.
        C544 = 544,
        /// Reply code 545.
        C545 = 545,
        /// Reply code 546.
        C546 = 546,
        /// Reply code 547.
        C547 = 547,
        /// Reply code 548.
        C548 = 548,
        /// Reply code 549.
        C549 = 549,
        /// Reply code 550.
        C550 = 550,
        /// Reply code 551.
        C551 = 551,
        /// Reply code 552.
        C552 = 552,
        /// Reply code 553.
        C553 = 553,
        /// Reply code 554.
        C554 = 554,
        /// Reply code 555.
        C555 = 555,
        /// Reply code 556.
        C556 = 556,
        /// Reply code 557.
        C557 = 557,
        /// Reply code 558.
        C558 = 558,
        /// Reply code 559.
        C559 = 559,
    }
}
