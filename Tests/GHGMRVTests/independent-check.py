# An independent computation (not a published table) of the four-line example of
# ErrorPropagationTests.swift: IPCC 2006 Vol 1 Ch 3 Table 3.2 (columns G-M) and Ch 4 Eq. 4.1-4.5,
# written apart from the Swift code to check it. Run: python3 independent-check.py
from math import sqrt
cats = [  # name, C base (Gg CO2e), D year t, E AD unc %, F EF unc %
 ("1.A.1 Energy CO2",     1000.0, 1500.0,  5.0,  7.0),
 ("3.A.1 Enteric CH4",     400.0,  450.0, 10.0, 30.0),
 ("3.B.1.a Forest CO2",   -300.0, -200.0, 20.0, 40.0),
 ("2.F.1 Refrig. HFC",       0.0,   50.0, 10.0, 50.0),
]
SC = sum(c[1] for c in cats); SD = sum(c[2] for c in cats)
print(f"sum C = {SC}, sum D = {SD}")
sumH = sumM = 0.0
rows=[]
for n,C,D,E,F in cats:
    G = sqrt(E*E+F*F)
    H = (G*D)**2/SD**2
    I = ((0.01*D+SD-(0.01*C+SC))/(0.01*C+SC)*100 - (SD-SC)/SC*100)   # Type A (exact, 1% perturbation)
    Iapprox = D/SC - C*SD/SC**2                                       # first-order approx
    J = D/SC                                                          # Type B
    K = I*F            # EF correlated between years
    L = J*E*sqrt(2)    # AD uncorrelated
    M = K*K+L*L
    sumH += H; sumM += M
    print(f"{n:20s} G={G:.6f} H={H:.6f} I={I:.6f} (approx {Iapprox:.6f}) J={J:.6f} K={K:.6f} L={L:.6f} M={M:.6f}")
print(f"level uncertainty sqrt(sumH) = {sqrt(sumH):.6f} %   trend uncertainty sqrt(sumM) = {sqrt(sumM):.6f} %-points")
print(f"trend (SD-SC)/SC = {(SD-SC)/SC*100:.6f} %")
# KCA Approach 1
absT = sum(abs(c[2]) for c in cats); abs0 = sum(abs(c[1]) for c in cats)
print("\nKCA level (Eq 4.1) and trend (Eq 4.2/4.3):")
Ls={};Ts={}
for n,C,D,E,F in cats:
    Lv = abs(D)/absT
    if C != 0:
        Tv = abs(C)/abs0 * abs((D-C)/abs(C) - (SD-SC)/abs(SC))
    else:
        Tv = abs(D)/abs0
    Ls[n]=Lv; Ts[n]=Tv
sT=sum(Ts.values())
cum=0
for n,v in sorted(Ls.items(), key=lambda x:-x[1]):
    cum+=v; print(f" L {n:20s} {v:.6f} cum {cum:.6f}")
cum=0
for n,v in sorted(Ts.items(), key=lambda x:-x[1]):
    cum+=v/sT; print(f" T {n:20s} {v:.6f} share {v/sT:.6f} cum {cum:.6f}")
# GPG2000 / GPG-LULUCF variant for comparison
print("\nGPG2000/GPG-LULUCF trend variant  T=|Ext|/sum|Et| * |(Ext-Ex0)/Ext - (Et-E0)/Et|:")
for n,C,D,E,F in cats:
    print(f" {n:20s} {abs(D)/absT*abs((D-C)/D-(SD-SC)/SD):.6f}")
# Approach 2 (Eq 4.4/4.5) with U = combined uncertainty G (as fraction)
print("\nApproach 2: LU=L*U/sum(L*U), TU=T*U/sum(T*U), U=G")
U={n:sqrt(E*E+F*F)/100 for n,C,D,E,F in cats}
sLU=sum(Ls[n]*U[n] for n in U); sTU=sum(Ts[n]*U[n] for n in U)
for n in U: print(f" {n:20s} U={U[n]:.6f} LU={Ls[n]*U[n]/sLU:.6f} TU={Ts[n]*U[n]/sTU:.6f}")
